@echo off
rem capex: the launcher for Windows (the same choices as ./capex for Linux and macOS).
rem   capex COMMAND ...   runs java -jar target\capex.jar COMMAND ... with JVM options picked for the command and a
rem   class-data archive dumped once per user, JVM and jar from a short training run (never a user's batch),
rem   in %LOCALAPPDATA%\capex, to a temporary file renamed into place. A stale or unreadable archive is ignored.
rem   Environment: JAVA_HOME, CAPEX_JAVA_OPTS (more JVM options), CAPEX_CDS=auto|sync|off, CAPEX_JAR.
setlocal EnableExtensions EnableDelayedExpansion
if "%~1"==":train-background" (
    set "JSA=%~2"
    set "JAR=%~3"
    set "JAVA=java"
    if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
    set "QUIET=-XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=error:stderr"
    call :train
    exit /b 0
)
set "HERE=%~dp0"
set "JAR=%HERE%target\capex.jar"
if defined CAPEX_JAR set "JAR=%CAPEX_JAR%"
if not exist "%JAR%" if exist "%HERE%pom.xml" (
    echo capex: building target\capex.jar with Maven ^(once^)... 1>&2
    pushd "%HERE%"
    call mvn -B -q package -DskipTests 1>&2
    popd
)
if not exist "%JAR%" (
    echo capex: no jar at %JAR% ^(build it with: mvn package -DskipTests^) 1>&2
    exit /b 1
)
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"

set "QUIET=-XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=error:stderr"
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmn40m -Xmx512m -Xss2m"
set "ARCHIVE=yes"
if /i "%~1"=="simulate" set "OPTS=-XX:+UseParallelGC -Xms64m -Xmx160m" & set "ARCHIVE=no"
if /i "%~1"=="probe" set "OPTS=-XX:+UseParallelGC -Xms64m -Xmx512m" & set "ARCHIVE=no"
if /i "%~1"=="serve" set "OPTS=-XX:+UseSerialGC -Xms64m -Xmx1g"

set "CDS="
if /i "%CAPEX_CDS%"=="off" set "ARCHIVE=no"
if "%ARCHIVE%"=="yes" (
    set "CACHE=%LOCALAPPDATA%\capex"
    if not defined LOCALAPPDATA set "CACHE=%TEMP%\capex"
    rem the key: the jar's SHA-256 and the JVM's release file (or its path)
    set "JARKEY="
    for /f "skip=1 delims=" %%H in ('certutil -hashfile "%JAR%" SHA256 2^>nul') do if not defined JARKEY set "JARKEY=%%H"
    set "JARKEY=!JARKEY: =!"
    set "JVMKEY="
    for %%J in ("%JAVA%") do set "JVMDIR=%%~dp$PATH:J"
    if defined JAVA_HOME if exist "%JAVA_HOME%\release" for /f "skip=1 delims=" %%H in ('certutil -hashfile "%JAVA_HOME%\release" SHA256 2^>nul') do if not defined JVMKEY set "JVMKEY=%%H"
    if not defined JVMKEY set "JVMKEY=default"
    set "JVMKEY=!JVMKEY: =!"
    set "JSA=!CACHE!\capex-!JVMKEY:~0,12!-!JARKEY:~0,16!.jsa"
    if exist "!JSA!" (
        set "CDS=-XX:SharedArchiveFile=!JSA! -Xshare:auto"
    ) else (
        if not exist "!CACHE!" mkdir "!CACHE!" 2>nul
        mkdir "!JSA!.lock" 2>nul && (
            if /i "%CAPEX_CDS%"=="sync" (
                call :train
                if exist "!JSA!" set "CDS=-XX:SharedArchiveFile=!JSA! -Xshare:auto"
            ) else (
                start "" /b /low cmd /c ""%~f0" :train-background "!JSA!" "%JAR%"" >nul 2>&1
            )
        )
    )
)
"%JAVA%" %QUIET% %OPTS% %CDS% %CAPEX_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:train
set "TMPJSA=!JSA!.%RANDOM%.tmp"
"%JAVA%" -XX:DumpLoadedClassList="!TMPJSA!.classes" %QUIET% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "%JAR%" dev.capex.cli.CdsTraining <nul >nul 2>&1
"%JAVA%" -Xshare:dump -XX:SharedClassListFile="!TMPJSA!.classes" -XX:SharedArchiveFile="!TMPJSA!" %QUIET% -XX:+UseSerialGC -cp "%JAR%" <nul >nul 2>&1
if exist "!TMPJSA!" move /y "!TMPJSA!" "!JSA!" >nul 2>&1
del /q "!TMPJSA!" "!TMPJSA!.classes" >nul 2>&1
rmdir "!JSA!.lock" >nul 2>&1
exit /b 0
