; Inno Setup script for Hearth: a per-user install (no admin rights), a Start menu entry,
; an optional desktop icon and an uninstaller. Built by packaging/build-windows.ps1:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\hearth /DOutputDir=..\..\dist packaging\windows\hearth.iss
; Relative paths here are relative to this file's folder.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\hearth"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef Variant
  #define Variant ""
#endif

[Setup]
; A fixed AppId: an update installs over the previous version. Never change it.
AppId={{6F1B3C2A-8E4D-4C1B-9A57-2D0E5B7A4C11}
AppName=Hearth
AppVersion={#AppVersion}
AppVerName=Hearth {#AppVersion}
AppPublisher=Hearth
DefaultDirName={autopf}\Hearth
DefaultGroupName=Hearth
DisableProgramGroupPage=yes
; Per user, no admin: {autopf} is %LOCALAPPDATA%\Programs for a non-admin install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Hearth-{#AppVersion}-windows-x64{#Variant}-setup
SetupIconFile=..\..\resources\icons\hearth.ico
UninstallDisplayIcon={app}\Hearth.exe
UninstallDisplayName=Hearth
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app may be running: close it (Restart Manager) before files are replaced.
CloseApplications=yes
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Hearth

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle: Hearth.exe, hearth-cli.exe and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Hearth"; Filename: "{app}\Hearth.exe"
Name: "{group}\Uninstall Hearth"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Hearth"; Filename: "{app}\Hearth.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Hearth.exe"; Description: "{cm:LaunchProgram,Hearth}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app writes next to itself (none expected); chats, settings and models live in
; the user's folders and are kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
