# Builds the Windows installer of Kommunalpakt Desktop (docs/installer.md).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: Python 3.11+ (python.org, "py" launcher) and Inno Setup 6.3+ (ISCC.exe).
# Result: dist\kommunalpakt-desktop-<version>-setup.exe
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

# 1. Own virtual environment with the app and PyInstaller (the "package" extra of pyproject.toml).
if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3.11 -m venv .venv }
$Py = Join-Path $Root ".venv\Scripts\python.exe"
& $Py -m pip install --upgrade pip
& $Py -m pip install -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install fehlgeschlagen" }

# 2. The frozen onedir: dist\kpakt-desktop\{kpakt-desktop.exe, kpakt.exe, _internal\}
Remove-Item -Recurse -Force dist\kpakt-desktop, build\pyinstaller -ErrorAction SilentlyContinue
& (Join-Path $Root ".venv\Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\kpakt-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller fehlgeschlagen" }

# 3. Smoke test of the build: must print exactly "self-test ok". The GUI exe has no console,
#    so wait for it and read its output through a file.
$env:QT_QPA_PLATFORM = "offscreen"
$out = Join-Path $env:TEMP "kpakt-self-test.txt"
$proc = Start-Process -FilePath "dist\kpakt-desktop\kpakt-desktop.exe" -ArgumentList "--self-test" `
    -RedirectStandardOutput $out -Wait -NoNewWindow -PassThru
Remove-Item Env:\QT_QPA_PLATFORM
$result = "$(Get-Content $out -Raw)".Trim()
if ($proc.ExitCode -ne 0 -or $result -ne "self-test ok") {
    throw "Self-Test des Builds: Exit $($proc.ExitCode), Ausgabe '$result' statt 'self-test ok'"
}
& "dist\kpakt-desktop\kpakt.exe" --version

# 4. The installer, with the version from pyproject.toml.
$Version = (& $Py packaging\project_meta.py version).Trim()
$Numeric = (& $Py packaging\project_meta.py numeric_version).Trim()
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { $Iscc = Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) nicht gefunden" }
& $Iscc "/DAppVersion=$Version" "/DAppVersionNumeric=$Numeric" packaging\windows\kpakt-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup fehlgeschlagen" }
Write-Host "Fertig: dist\kommunalpakt-desktop-$Version-setup.exe"
