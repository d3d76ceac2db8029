; Tandem's Windows installer (Inno Setup 6). It installs for the current user only, with no
; administrator rights, adds Start menu (and, if wanted, desktop) shortcuts, speaks French
; and English, and never touches the user's data: that lives in %LOCALAPPDATA%\Tandem, which
; neither an upgrade nor an uninstall removes.
;
; The file is UTF-8 with a byte order mark: Inno Setup before 6.3 reads a file without one
; as ANSI, and the French would come out garbled.
;
; Built by build.ps1 beside this file, after PyInstaller has made dist\tandem:
;     iscc /DAppVersion=0.1.0 packaging\windows\tandem.iss
; Silent, as CI runs it: Tandem-x.y.z-setup.exe /VERYSILENT /SUPPRESSMSGBOXES (always for the
; current user: PrivilegesRequired=lowest, and no override allowed),
; and {app}\unins000.exe /VERYSILENT /SUPPRESSMSGBOXES to uninstall.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z tandem.iss
#endif
; Windows' version fields take four numbers only: 1.2.0rc1 is 1.2.0.0 there (build.ps1
; passes it, from version_info.numbers, the same as the executables').
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif

[Setup]
AppId={{6D1C8B0E-3F2A-4C5B-9E7D-2A4F1B8C9D30}
AppName=Tandem
AppVersion={#AppVersion}
AppVerName=Tandem {#AppVersion}
AppPublisher=Tandem
; The installer's own Properties › Details
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName=Tandem
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription=Tandem {#AppVersion} setup
VersionInfoCompany=Tandem
; Qt 6.9 and later run on Windows 10 1809 (build 17763) and later, 64-bit.
MinVersion=10.0.17763
DefaultDirName={localappdata}\Programs\Tandem
; The program's folder is not asked: the owner has nothing to choose there, and the program
; must never share a folder with the data.
DisableDirPage=yes
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
french.Checking=Tandem vérifie son installation…
english.Checking=Tandem is checking its installation…
french.DataKept=Tandem est désinstallé. Vos données restent sur ce PC, dans %1 : réinstallez Tandem et vous les retrouverez.
english.DataKept=Tandem is uninstalled. Your data stays on this PC, in %1: install Tandem again and you will find it there.

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
Filename: "{app}\tandem-console.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "{cm:Checking}"
Filename: "{app}\tandem.exe"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The uninstaller removes each file it installed; then the program folder, only if empty.
; %LOCALAPPDATA%\Tandem (the data) is never listed here.
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Said once the program is gone; /SUPPRESSMSGBOXES (a silent uninstall) answers it alone. }
  if CurUninstallStep = usPostUninstall then
    SuppressibleMsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\Tandem')]),
      mbInformation, MB_OK, IDOK);
end;
