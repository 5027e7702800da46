; Inno Setup script of Kommunalpakt Desktop: a per-user installer of the PyInstaller onedir build.
; Built by packaging/windows/build.ps1, which passes the version read from pyproject.toml:
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=..\..\dist\kpakt-desktop /DOutputDir=..\..\dist packaging\windows\kpakt-desktop.iss
; Step by step: docs/installer.md. Needs Inno Setup 6.3+ (UTF-8 script without BOM, x64compatible).

#ifndef AppVersion
  #error AppVersion fehlt: bitte packaging\windows\build.ps1 verwenden (liest die Version aus pyproject.toml)
#endif
#ifndef AppVersionNumeric
  ; Windows file versions are digits only (build.ps1 passes e.g. 0.2.0.0 for 0.2.0rc1)
  #define AppVersionNumeric AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\kpakt-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  ; written by packaging/kpakt-desktop.spec (Pillow) from resources\icons\kpakt-desktop-*.png
  #define IconFile "..\..\build\pyinstaller\kpakt-desktop\kpakt-desktop.ico"
#endif

#ifndef Compression
  #define Compression "lzma2/max"
#endif
#ifndef DefaultDir
  ; Per user %LOCALAPPDATA%\Programs, for all users %ProgramFiles%. `make check-installer` passes
  ; {localappdata}\Programs instead (the same folder): under Wine 8, Inno Setup 6.4 cannot expand
  ; {autopf} for the current user (docs/installer.md, "Prüfen unter Linux").
  #define DefaultDir "{autopf}\Kommunalpakt Desktop"
#endif

#define AppName "Kommunalpakt Desktop"
#define AppExe "kpakt-desktop.exe"
#define CliExe "kpakt.exe"

[Setup]
; The AppId identifies the installation for updates and the uninstaller: never change it.
AppId={{6F0C2B7E-4D2A-4E39-9C51-2B8E7A41D0C5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kommunalpakt
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
; Per user: no administrator rights needed on an office PC; installs to %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={#DefaultDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#IconFile}
WizardStyle=modern
ChangesAssociations=yes
Compression={#Compression}
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=kommunalpakt-desktop-{#AppVersion}-setup
; Close a running instance before files are replaced (the database lock is released on exit).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.CliPath=Befehl „kpakt“ für die Eingabeaufforderung verfügbar machen (PATH des Benutzers)
en.CliPath=Make the „kpakt“ command available in the command prompt (user PATH)
de.LaunchAfter=Kommunalpakt Desktop jetzt starten
en.LaunchAfter=Start Kommunalpakt Desktop now

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "clipath"; Description: "{cm:CliPath}"; Flags: unchecked

[Files]
; The whole onedir: both programs and _internal\ (Python, Qt, ui\, resources\, db\).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program folder completely: no stale modules of an older version stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Nachnutzung der kommunalen EfA-Fokusleistungen steuern"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "kpakt" in the user's PATH (optional task); removed again by the uninstaller.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
  Tasks: clipath; Check: NeedsAddPath(ExpandConstant('{app}'))
; Standardpakete are plain .zip files (docs/standardpaket.md). Kommunalpakt Desktop joins the
; „Öffnen mit“ list of .zip (OpenWithProgids) without taking the default from Explorer's ZIP
; folders; `kpakt-desktop.exe PAKET.zip` shows the check of the package. HKA = HKCU for a per-user
; install. .sqlite is not associated: other programs (DB Browser for SQLite, GIS tools) own it.
Root: HKA; Subkey: "Software\Classes\KommunalpaktDesktop.Standardpaket"; ValueType: string; ValueName: ""; \
  ValueData: "Standardpaket (Kommunalpakt)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\KommunalpaktDesktop.Standardpaket\DefaultIcon"; ValueType: string; \
  ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\KommunalpaktDesktop.Standardpaket\shell\open\command"; ValueType: string; \
  ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; The ProgID is a value of OpenWithProgids (empty string, as in Inno Setup's Example3.iss): with
; ValueType: none Setup would create only the key, and the program would not appear under „Öffnen mit“.
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; \
  ValueName: "KommunalpaktDesktop.Standardpaket"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchAfter}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The Land's databases, keys and backups in %LOCALAPPDATA%\kommunalpakt-desktop
; belong to the user and stay.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure RemoveFromPath(Dir: string);
var
  Path: string;
  P: Integer;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    exit;
  P := Pos(';' + Uppercase(Dir), Uppercase(Path));
  if P > 0 then
  begin
    Delete(Path, P, Length(Dir) + 1);
    RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Path);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
