package dev.capex.tui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A developer's look at a screen: -Dpeek=1 -Dcols=80 -Drows=24 -Dkeys=n,h writes /tmp/why/peek.txt. */
class PeekTest {
    @Test
    @EnabledIfSystemProperty(named = "peek", matches = ".+")
    void peek() throws Exception {
        int c = Integer.getInteger("cols", 130);
        int r = Integer.getInteger("rows", 30);
        if (System.getProperty("lang") != null) {
            dev.capex.report.Msg.use(System.getProperty("lang"));
        }
        Harness h = new Harness(c, r);
        String keys = System.getProperty("keys", "");
        for (String k : keys.split(",")) {
            switch (k) {
                case "" -> { }
                case "ENTER" -> h.key(com.googlecode.lanterna.input.KeyType.Enter);
                case "ESC" -> h.key(com.googlecode.lanterna.input.KeyType.Escape);
                case "TAB" -> h.key(com.googlecode.lanterna.input.KeyType.Tab);
                case "DOWN" -> h.key(com.googlecode.lanterna.input.KeyType.ArrowDown);
                case "PGDN" -> h.key(com.googlecode.lanterna.input.KeyType.PageDown);
                case "CLR" -> h.clearField();
                default -> h.type(k);
            }
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("/tmp/why"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/why/peek.txt"), h.screen());
        dev.capex.report.Msg.use("en");
    }
}
