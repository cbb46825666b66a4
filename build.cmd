@echo off
rem Bootstrap for Windows: build the build project only when its sources changed, then run the built assembly.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "TEMP_DIR=%ROOT%\.nuke\temp"
set "BIN=%TEMP_DIR%\bin"
set DOTNET_CLI_TELEMETRY_OPTOUT=1
set DOTNET_NOLOGO=1

where dotnet >nul 2>nul
if errorlevel 1 (
  echo error: the .NET SDK ^(dotnet^) was not found on PATH. 1>&2
  echo Install .NET 10: winget install Microsoft.DotNet.SDK.10  ^(or https://dot.net^) 1>&2
  exit /b 127
)

if not exist "%TEMP_DIR%" mkdir "%TEMP_DIR%"
for /f "usebackq delims=" %%h in (`powershell -NoProfile -ExecutionPolicy Bypass -Command ^
  "$root = '%ROOT%';" ^
  "$files = @(Get-ChildItem -Path (@('build','src','tests\MlPipeline.Testing','tests\Directory.Build.props') | ForEach-Object { Join-Path $root $_ } | Where-Object { Test-Path $_ }) -Recurse -File -Include *.cs,*.csproj,*.props,*.targets,*.proto | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' });" ^
  "$files += @('Directory.Build.props','Directory.Packages.props','global.json','NuGet.config' | ForEach-Object { Join-Path $root $_ } | Where-Object { Test-Path $_ } | Get-Item);" ^
  "$lines = $files | Sort-Object FullName | ForEach-Object { (Get-FileHash $_.FullName -Algorithm SHA256).Hash + ' ' + $_.FullName.Substring($root.Length + 1).Replace('\','/') };" ^
  "$bytes = [Text.Encoding]::UTF8.GetBytes(($lines -join [char]10));" ^
  "[BitConverter]::ToString([Security.Cryptography.SHA256]::Create().ComputeHash($bytes)).Replace('-','')"`) do set "HASH=%%h"

set "OLD_HASH="
if exist "%TEMP_DIR%\build.hash" set /p OLD_HASH=<"%TEMP_DIR%\build.hash"
if not exist "%BIN%\_build.dll" set "OLD_HASH="
if not "%OLD_HASH%"=="%HASH%" (
  echo Compiling the build project ^(its sources changed^)... 1>&2
  del /q "%TEMP_DIR%\build.hash" 2>nul
  dotnet build "%ROOT%\build\_build.csproj" --configuration Release --output "%BIN%" --nologo > "%TEMP_DIR%\build.log" 2>&1
  if errorlevel 1 (
    type "%TEMP_DIR%\build.log" 1>&2
    echo error: the build project did not compile ^(full log: .nuke\temp\build.log^). 1>&2
    exit /b 1
  )
  > "%TEMP_DIR%\build.hash" echo %HASH%
)

dotnet "%BIN%\_build.dll" %*
exit /b %ERRORLEVEL%
