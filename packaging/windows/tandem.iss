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
; Signed when build.ps1 has a certificate: it passes /DSigned and the "tandemsign" tool
; (/Standemsign=...), with which Inno Setup signs the setup and, before packing it, the
; uninstaller - which Windows otherwise shows as from an unknown publisher.
#ifdef Signed
SignTool=tandemsign
SignedUninstaller=yes
#endif
CloseApplications=yes
RestartApplications=no
; A running Tandem holds this mutex (app/running_mark.py): Setup and Uninstall ask the owner
; to close it first, in their language, instead of stopping halfway on a file in use (where
; Windows' Restart Manager cannot close it: under Wine, or when it is not answering).
AppMutex=TandemRunning
; One setup at a time: a second one, double-clicked while the first seemed slow to start,
; mixed the two versions' files.
SetupMutex=TandemSetup

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
; Inno's French said to use the desktop icons, which are not made unless asked for; and its
; question before uninstalling ("completely... all its components") worried for the data.
french.FinishedLabel=L'installation de [name] est terminée. Vous pouvez l'ouvrir depuis le menu Démarrer.
english.FinishedLabel=Setup has finished installing [name] on your computer. You can open it from the Start menu.
french.ConfirmUninstall=Voulez-vous désinstaller %1 ? Vos données restent sur ce PC.
english.ConfirmUninstall=Do you want to uninstall %1? Your data stays on this PC.

[CustomMessages]
french.DesktopShortcut=Créer un raccourci sur le Bureau
english.DesktopShortcut=Create a desktop shortcut
french.Launch=Ouvrir Tandem
english.Launch=Open Tandem
french.Checking=Tandem vérifie son installation…
english.Checking=Tandem is checking its installation…
french.DataKept=Tandem est désinstallé. Vos données restent sur ce PC, dans %1 : réinstallez Tandem et vous les retrouverez.
french.SelfTestFailed=Tandem est installé, mais la vérification faite juste après a trouvé un problème. Vos données n'ont pas été touchées. Ouvrez Tandem : il vous dira ce qui ne va pas. S'il ne s'ouvre pas, relancez ce programme d'installation.
english.SelfTestFailed=Tandem is installed, but the check made right after found a problem. Your data was not touched. Open Tandem: it will tell you what is wrong. If it does not open, run this installer again.
french.PartsInUse=Les fichiers de Tandem sont utilisés : Tandem est sans doute encore ouvert, ou en train de s'ouvrir. Fermez-le, puis relancez ce programme d'installation. Rien n'a été changé.
english.PartsInUse=Tandem's files are in use: Tandem is probably still open, or opening. Close it, then run this installer again. Nothing was changed.
french.NewerInstalled=Tandem %1, plus récent, est déjà installé sur ce PC, et ce programme d'installation contient Tandem %2. Un Tandem plus ancien pourrait ne pas lire vos données, que Tandem %1 a pu enregistrer. Installer quand même l'ancienne version ?
english.NewerInstalled=Tandem %1, a newer one, is already installed on this PC, and this setup holds Tandem %2. An older Tandem may not read your data, which Tandem %1 may have saved. Install the older version anyway?
english.DataKept=Tandem is uninstalled. Your data stays on this PC, in %1: install Tandem again and you will find it there.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; Flags: unchecked

[Files]
; Each upgrade replaces the program folder whole; the data folder is elsewhere.
Source: "..\..\dist\tandem\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Tandem"; Filename: "{app}\tandem.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\Tandem"; Filename: "{app}\tandem.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; The installation checks itself in [Code] below (CurStepChanged), where a failure can be told.
Filename: "{app}\tandem.exe"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The uninstaller removes each file it installed; then the program folder, only if empty.
; %LOCALAPPDATA%\Tandem (the data) is never listed here.
Type: filesandordirs; Name: "{app}\_internal.previous"
Type: dirifempty; Name: "{app}"

[Code]
var
  { What the installed Tandem's self-test answered: 0 when every check passed. }
  SelfTestResult: Integer;
  { The installed version's parts were set aside by this setup. }
  PartsSetAside: Boolean;
  { The new files are all in place: the old ones set aside are no longer needed. }
  FilesInPlace: Boolean;

function InitializeSetup: Boolean;
var
  Installed: String;
  InstalledVersion, ThisVersion: Int64;
begin
  Result := True;
  { An older Tandem over a newer one (an old setup left in Downloads) is asked about; a
    silent install says no. }
  if RegQueryStringValue(HKCU, 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{6D1C8B0E-3F2A-4C5B-9E7D-2A4F1B8C9D30}_is1',
    'DisplayVersion', Installed) and StrToVersion(Installed, InstalledVersion)
    and StrToVersion('{#AppVersion}', ThisVersion)
    and (ComparePackedVersion(InstalledVersion, ThisVersion) > 0) then
  begin
    Log(Format('Tandem %s is installed, newer than this setup''s %s', [Installed, '{#AppVersion}']));
    Result := SuppressibleMsgBox(FmtMessage(CustomMessage('NewerInstalled'), [Installed, '{#AppVersion}']),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
  end;
end;

function PartsFolder: String;
begin
  Result := ExpandConstant('{app}\_internal');
end;

function PreviousPartsFolder: String;
begin
  Result := ExpandConstant('{app}\_internal.previous');
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := '';
  { What an install stopped without a word (killed) set aside is not needed any more. }
  if DirExists(PreviousPartsFolder) then
    DelTree(PreviousPartsFolder, True, True, True);
  { The installed version's parts are set aside, not deleted: if this install stops before
    its end (cancelled, a file in use, a full disk), they are put back as they were. A
    folder that cannot be moved holds a file in use, and nothing is touched. }
  if DirExists(PartsFolder) then
  begin
    PartsSetAside := RenameFile(PartsFolder, PreviousPartsFolder);
    if not PartsSetAside then
    begin
      Log('The installed parts could not be set aside: a file in use');
      Result := CustomMessage('PartsInUse');
    end;
  end;
end;

procedure DeinitializeSetup;
begin
  // Only once the parts were set aside: before that, the program's folder may not even be
  // known (a setup that stopped at its first question).
  if PartsSetAside and not FilesInPlace then
  begin
    DelTree(PartsFolder, True, True, True);
    if RenameFile(PreviousPartsFolder, PartsFolder) then
      Log('The install stopped before its end: the installed parts were put back')
    else
      Log('The install stopped before its end, and the installed parts could not be put back');
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    FilesInPlace := True;
    DelTree(PreviousPartsFolder, True, True, True);
    WizardForm.StatusLabel.Caption := CustomMessage('Checking');
    if not Exec(ExpandConstant('{app}\tandem-console.exe'), '--self-test', '', SW_HIDE,
      ewWaitUntilTerminated, SelfTestResult) then
    begin
      Log(Format('Tandem''s self-test could not start: %s', [SysErrorMessage(SelfTestResult)]));
      SelfTestResult := -1;
    end else
      Log(Format('Tandem''s self-test ended with exit code %d', [SelfTestResult]));
  end;
end;

procedure CurPageChanged(CurPageID: Integer);
var
  Grown: Integer;
begin
  { The last page says it in words, above the "Open Tandem" box, moved down to make room. }
  if (CurPageID = wpFinished) and (SelfTestResult <> 0) then
  begin
    WizardForm.FinishedLabel.Caption := WizardForm.FinishedLabel.Caption + #13#10#13#10 +
      CustomMessage('SelfTestFailed');
    Grown := WizardForm.AdjustLabelHeight(WizardForm.FinishedLabel);
    WizardForm.RunList.Top := WizardForm.RunList.Top + Grown;
  end;
end;

function GetCustomSetupExitCode: Integer;
begin
  { A silent install (an IT helper's, or CI's) fails with its own code: 10. }
  if SelfTestResult <> 0 then
    Result := 10
  else
    Result := 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Said once the program is gone; /SUPPRESSMSGBOXES (a silent uninstall) answers it alone. }
  if CurUninstallStep = usPostUninstall then
    SuppressibleMsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\Tandem')]),
      mbInformation, MB_OK, IDOK);
end;
