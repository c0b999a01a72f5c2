package dev.capex.engine.model;

/** Whether the game goes on. */
public enum GameStatus { PLAYING, FINISHED, DEFAULTED }
