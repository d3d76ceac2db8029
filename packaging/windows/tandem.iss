; Tandem's Windows installer (Inno Setup 6). It installs for the current user only, with no
; administrator rights, adds Start menu (and, if wanted, desktop) shortcuts, speaks French
; and English, and never touches the user's data: that lives in %LOCALAPPDATA%\Tandem, which
; neither an upgrade nor an uninstall removes.
;
; Built by build.ps1 beside this file, after PyInstaller has made dist\tandem:
;     iscc /DAppVersion=0.1.0 packaging\windows\tandem.iss

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z tandem.iss
#endif

[Setup]
AppId={{6D1C8B0E-3F2A-4C5B-9E7D-2A4F1B8C9D30}
AppName=Tandem
AppVersion={#AppVersion}
AppVerName=Tandem {#AppVersion}
AppPublisher=Tandem
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Tandem
DefaultGroupName=Tandem
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\..\dist
OutputBaseFilename=Tandem-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\tandem.ico
UninstallDisplayIcon={app}\tandem.exe
UninstallDisplayName=Tandem {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DesktopShortcut=Créer un raccourci sur le Bureau
english.DesktopShortcut=Create a desktop shortcut
french.Launch=Ouvrir Tandem
english.Launch=Open Tandem
french.DataKept=Vos données restent dans %LOCALAPPDATA%\Tandem : elles ne sont pas effacées.
english.DataKept=Your data stays in %LOCALAPPDATA%\Tandem: it is not deleted.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; Flags: unchecked

[Files]
; Each upgrade replaces the program folder whole; the data folder is elsewhere.
Source: "..\..\dist\tandem\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\Tandem"; Filename: "{app}\tandem.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\Tandem"; Filename: "{app}\tandem.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; The installation checks itself; a failure shows in the installer's log, not to the user.
Filename: "{app}\tandem-console.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Tandem --self-test"
Filename: "{app}\tandem.exe"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put in {app}; %LOCALAPPDATA%\Tandem (the data) is never listed here.
Type: filesandordirs; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
