# Checks the Windows installer the way a user meets it: silent install for the current user, the
# installed files, Start-menu entry, uninstall entry, "Öffnen mit" and PATH, both programs started from
# the installed folder; then the silent uninstall, which must remove all of that and keep the user's data.
# Run by .github/workflows/windows.yml; on a Windows PC after build.ps1 (not on a PC where Kommunalpakt
# Desktop is installed: the check refuses to touch an existing installation):
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\check_installer.ps1 -Phase install
#   bash packaging/smoke_frozen.sh "$(cygpath -u "$LOCALAPPDATA")/Programs/Kommunalpakt Desktop"   (Git Bash; optional)
#   powershell -ExecutionPolicy Bypass -File packaging\windows\check_installer.ps1 -Phase uninstall
#
# Logs of Setup and the uninstaller: dist\installer-check\. Docs: docs/installer.md.
# Saved as UTF-8 with BOM: Windows PowerShell 5.1 reads a file without BOM as ANSI.
param(
    [Parameter(Mandatory = $true)][ValidateSet("install", "uninstall")][string]$Phase,
    [string]$Setup = ""
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Fail([string]$Message) { throw "check-installer: FEHLER: $Message" }
function Step([string]$Message) { Write-Host "check-installer: $Message" }

$Py = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Py)) { $Py = "python" }
$Version = "$(& $Py packaging\project_meta.py version)".Trim()
$Iss = Join-Path $Root "packaging\windows\kpakt-desktop.iss"
# AppId={{GUID}: "{{" is Inno Setup's escape of "{"; the uninstall key is "{GUID}_is1".
$AppId = ([regex]::Match((Get-Content $Iss -Raw -Encoding UTF8), '(?m)^AppId=\{(\{[0-9A-Fa-f-]+\})')).Groups[1].Value
if (-not $AppId) { Fail "keine AppId in $Iss" }

$AppName = "Kommunalpakt Desktop"
$AppDir = Join-Path $env:LOCALAPPDATA "Programs\$AppName"   # {autopf} of a per-user install
$Lnk = Join-Path ([Environment]::GetFolderPath("Programs")) "$AppName.lnk"   # {autoprograms}
$UninstallKey = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\${AppId}_is1"
$ProgId = "KommunalpaktDesktop.Standardpaket"
$DataDir = Join-Path $env:LOCALAPPDATA "kommunalpakt-desktop"   # platformdirs.user_data_dir, appauthor=False
$UserDb = Join-Path $DataDir "land.sqlite"
$Logs = Join-Path $Root "dist\installer-check"
New-Item -ItemType Directory -Force $Logs | Out-Null

function UserPath { [string](Get-ItemProperty "HKCU:\Environment" -Name Path -ErrorAction SilentlyContinue).Path }
function OpenWithZip {
    $key = Get-ItemProperty "HKCU:\Software\Classes\.zip\OpenWithProgids" -ErrorAction SilentlyContinue
    return ($null -ne $key) -and ($key.PSObject.Properties.Name -contains $ProgId)
}
function RunHidden([string]$Exe, [string[]]$Arguments, [string]$Name) {
    # Output through files: the GUI program has no console of its own.
    $out = Join-Path $Logs "$Name.out.txt"
    $err = Join-Path $Logs "$Name.err.txt"
    $proc = Start-Process -FilePath $Exe -ArgumentList $Arguments -RedirectStandardOutput $out `
        -RedirectStandardError $err -Wait -NoNewWindow -PassThru
    return @{ Code = $proc.ExitCode; Out = "$(Get-Content $out -Raw)".Trim(); Err = "$(Get-Content $err -Raw)".Trim() }
}

if ($Phase -eq "install") {
    if (-not $Setup) { $Setup = Join-Path $Root "dist\kommunalpakt-desktop-$Version-setup.exe" }
    if (-not (Test-Path $Setup)) { Fail "kein Installer unter $Setup - erst packaging\windows\build.ps1" }
    if ((Test-Path $AppDir) -or (Test-Path $UninstallKey)) {
        Fail "$AppName ist auf diesem Rechner schon installiert ($AppDir): die Prüfung braucht einen Rechner ohne Installation"
    }
    $Bundle = Join-Path $Root "dist\kpakt-desktop"

    # /CURRENTUSER: the default of the script (PrivilegesRequired=lowest), stated so that an elevated
    # runner does not change the mode. /MERGETASKS adds the optional task "kpakt im PATH".
    $log = Join-Path $Logs "setup.log"
    $proc = Start-Process -FilePath $Setup -Wait -PassThru -ArgumentList @(
        "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/MERGETASKS=clipath", "/LOG=`"$log`"")
    if ($proc.ExitCode -ne 0) { Fail "Setup endete mit Exit $($proc.ExitCode) (Protokoll: $log)" }
    Step "installiert nach $AppDir"

    # The installed folder is the frozen build, file for file (plus the uninstaller).
    foreach ($name in @("kpakt-desktop.exe", "kpakt.exe", "_internal", "unins000.exe", "unins000.dat")) {
        if (-not (Test-Path (Join-Path $AppDir $name))) { Fail "$name fehlt in $AppDir" }
    }
    if (Test-Path $Bundle) {
        $expected = Get-ChildItem $Bundle -Recurse -File | ForEach-Object { "$($_.FullName.Substring($Bundle.Length)) $($_.Length)" }
        $installed = Get-ChildItem $AppDir -Recurse -File | Where-Object { $_.Name -notlike "unins000.*" } |
            ForEach-Object { "$($_.FullName.Substring($AppDir.Length)) $($_.Length)" }
        $diff = Compare-Object @($expected) @($installed)
        if ($diff) { Fail "installierte Dateien weichen vom Build ab:`n$($diff | Out-String)" }
        Step "$(@($expected).Count) Dateien wie im Build dist\kpakt-desktop"
    }

    if (-not (Test-Path $Lnk)) { Fail "kein Startmenü-Eintrag $Lnk" }
    $target = (New-Object -ComObject WScript.Shell).CreateShortcut($Lnk).TargetPath
    if ($target -ne (Join-Path $AppDir "kpakt-desktop.exe")) { Fail "Startmenü-Eintrag zeigt auf '$target'" }
    Step "Startmenü: $Lnk -> $target"

    $entry = Get-ItemProperty $UninstallKey -ErrorAction SilentlyContinue
    if ($null -eq $entry) { Fail "kein Eintrag unter Apps & Features ($UninstallKey)" }
    if ($entry.DisplayName -ne $AppName -or $entry.DisplayVersion -ne $Version -or $entry.UninstallString -notlike "*unins000.exe*") {
        Fail "Apps & Features: '$($entry.DisplayName)' '$($entry.DisplayVersion)' '$($entry.UninstallString)'"
    }
    Step "Apps & Features: $($entry.DisplayName) $($entry.DisplayVersion), $($entry.UninstallString)"

    if (-not (OpenWithZip)) { Fail ".zip -> Öffnen mit: $ProgId fehlt" }
    if ((UserPath) -notlike "*$AppDir*") { Fail "PATH des Benutzers enthält $AppDir nicht" }
    Step "Öffnen mit (.zip) und PATH eingetragen"

    # Both programs from the installed folder.
    $env:QT_QPA_PLATFORM = "offscreen"
    $r = RunHidden (Join-Path $AppDir "kpakt-desktop.exe") @("--self-test") "self-test"
    Remove-Item Env:\QT_QPA_PLATFORM
    if ($r.Code -ne 0 -or $r.Out -ne "self-test ok") { Fail "kpakt-desktop.exe --self-test: Exit $($r.Code), '$($r.Out)' $($r.Err)" }
    Step "kpakt-desktop.exe --self-test: $($r.Out)"
    $r = RunHidden (Join-Path $AppDir "kpakt.exe") @("--version") "version"
    if ($r.Out -ne "kpakt $Version") { Fail "kpakt.exe --version: '$($r.Out)' statt 'kpakt $Version'" }
    Step "kpakt.exe --version: $($r.Out)"

    # The user's own data, in the default place: the uninstaller must leave it alone.
    if (Test-Path $UserDb) { Fail "$UserDb gibt es schon: die Prüfung braucht einen Rechner ohne Kommunalpakt-Daten" }
    $r = RunHidden (Join-Path $AppDir "kpakt.exe") @("demo", "--land", "RP") "demo"
    if ($r.Code -ne 0 -or -not (Test-Path $UserDb)) { Fail "kpakt.exe demo legte $UserDb nicht an: $($r.Err)" }
    (Get-FileHash $UserDb -Algorithm SHA256).Hash | Set-Content (Join-Path $Logs "land.sqlite.sha256")
    Step "Benutzerdaten angelegt: $UserDb"
}
else {
    $uninstaller = Join-Path $AppDir "unins000.exe"
    if (-not (Test-Path $uninstaller)) { Fail "kein Deinstaller $uninstaller - erst -Phase install" }
    $log = Join-Path $Logs "uninstall.log"
    $proc = Start-Process -FilePath $uninstaller -Wait -PassThru -ArgumentList @(
        "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG=`"$log`"")
    if ($proc.ExitCode -ne 0) { Fail "Deinstallation endete mit Exit $($proc.ExitCode) (Protokoll: $log)" }
    # The uninstaller finishes in a copy of itself under %TEMP%, which deletes unins000.exe last.
    for ($i = 0; $i -lt 60 -and (Test-Path $AppDir); $i++) { Start-Sleep -Seconds 1 }
    if (Test-Path $AppDir) { Fail "$AppDir ist nach der Deinstallation noch da:`n$(Get-ChildItem $AppDir -Recurse | Out-String)" }
    if (Test-Path $Lnk) { Fail "Startmenü-Eintrag $Lnk ist noch da" }
    if (Test-Path $UninstallKey) { Fail "Eintrag unter Apps & Features ist noch da" }
    if (OpenWithZip) { Fail ".zip -> Öffnen mit: $ProgId ist noch eingetragen" }
    if (Test-Path "HKCU:\Software\Classes\$ProgId") { Fail "HKCU\Software\Classes\$ProgId ist noch da" }
    if ((UserPath) -like "*$AppDir*") { Fail "PATH des Benutzers enthält noch $AppDir" }
    Step "deinstalliert: Programmordner, Startmenü, Apps & Features, Öffnen mit und PATH entfernt"

    $hashFile = Join-Path $Logs "land.sqlite.sha256"
    if (-not (Test-Path $UserDb)) { Fail "die Benutzerdaten $UserDb wurden gelöscht" }
    if ((Get-FileHash $UserDb -Algorithm SHA256).Hash -ne "$(Get-Content $hashFile)".Trim()) { Fail "$UserDb wurde verändert" }
    Step "Benutzerdaten unverändert: $UserDb"
}
