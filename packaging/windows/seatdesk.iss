; Inno Setup script for SeatDesk (per-machine install). Build on Windows after
; `pyinstaller packaging\seatdesk.spec` has produced dist\seatdesk\:
;     iscc /DAppVersion=0.1.0 packaging\windows\seatdesk.iss
; Written against the Inno Setup 6 documentation; it cannot be built on the Linux build machine.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2E4A-3B7D-4E8F-9A21-5C0D7B3E9F12}
AppName=SeatDesk
AppVersion={#AppVersion}
AppPublisher=SeatDesk
DefaultDirName={autopf}\SeatDesk
DefaultGroupName=SeatDesk
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=SeatDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
SetupIconFile=..\..\resources\icons\seatdesk.ico
UninstallDisplayIcon={app}\seatdesk.exe
; Code signing: define a sign tool named "seatdesk" in the IDE or on the command line, e.g.
;   iscc /Sseatdesk="signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /f cert.pfx /p $p $f"
; then uncomment the two lines below. Left as a hook: the certificate belongs to the customer.
; SignTool=seatdesk
; SignedUninstaller=yes
VersionInfoVersion={#AppVersion}
VersionInfoDescription=SeatDesk customer information desk
VersionInfoProductName=SeatDesk

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\seatdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The managed policy folder: writable by administrators only (IT pushes policy.toml here).
Name: "{commonappdata}\SeatDesk"; Permissions: admins-full system-full users-readexec

[Icons]
Name: "{group}\SeatDesk"; Filename: "{app}\seatdesk.exe"
Name: "{group}\{cm:UninstallProgram,SeatDesk}"; Filename: "{uninstallexe}"

[Registry]
; seatdesk://pop?number=... from softphones that open URLs (screen pop).
Root: HKLM; Subkey: "Software\Classes\seatdesk"; ValueType: string; ValueName: ""; ValueData: "URL:SeatDesk screen pop"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\seatdesk"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKLM; Subkey: "Software\Classes\seatdesk\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\seatdesk.exe,0"
Root: HKLM; Subkey: "Software\Classes\seatdesk\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\seatdesk.exe"" pop ""%1"""

[UninstallDelete]
; Vaults live in the users' data folders and are kept unless the administrator asks (below).

[Code]
var
  RemoveVaults: Boolean;

function InitializeUninstall(): Boolean;
begin
  RemoveVaults := (SuppressibleMsgBox(
    'Also delete the SeatDesk vaults and key files of all users on this machine?' + #13#10 +
    '同时删除本机所有用户的 SeatDesk 数据库及密钥文件？（默认保留）',
    mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES);
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveVaults then
    DelTree(ExpandConstant('{localappdata}\SeatDesk'), True, True, True);
end;
