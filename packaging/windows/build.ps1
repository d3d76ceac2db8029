# Build Tandem's Windows installer from a clean checkout, in one command (PowerShell), once
# Python 3.11+ and Inno Setup 6 are installed:
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# It makes a virtual environment in build\venv, the PyInstaller folder in dist\tandem,
# runs the frozen self-test, then writes dist\Tandem-<version>-setup.exe.
#
# TANDEM_BUILD_PYTHON=C:\path\to\python.exe builds with that Python (CI sets the one it
# installed); otherwise the newest Python 3 the "py" launcher knows.
# TANDEM_SIGNING_CERTIFICATE (a .pfx file in base64) and TANDEM_SIGNING_PASSWORD sign the
# executables and the installer; without them everything is built unsigned (see the
# README: what SmartScreen then shows the owner).
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Signing([string[]] $Files) {
    if (-not $env:TANDEM_SIGNING_CERTIFICATE) {
        Write-Output "unsigned (no TANDEM_SIGNING_CERTIFICATE): $($Files -join ', ')"
        return
    }
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1
    if (-not $SignTool) { throw "signtool.exe (Windows SDK) is needed to sign" }
    $Pfx = Join-Path ([IO.Path]::GetTempPath()) "tandem-signing.pfx"
    [IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:TANDEM_SIGNING_CERTIFICATE))
    try {
        & $SignTool.FullName sign /f $Pfx /p $env:TANDEM_SIGNING_PASSWORD /fd SHA256 `
            /tr http://timestamp.digicert.com /td SHA256 $Files
        if ($LASTEXITCODE -ne 0) { throw "signing failed" }
    } finally {
        Remove-Item -Force $Pfx
    }
}

if ($env:TANDEM_BUILD_PYTHON) {
    & $env:TANDEM_BUILD_PYTHON -m venv build\venv
} else {
    py -3 -m venv build\venv
}
if ($LASTEXITCODE -ne 0) { throw "the build environment could not be made" }
& build\venv\Scripts\python -m pip install --quiet -e ".[build]"
if ($LASTEXITCODE -ne 0) { throw "Tandem could not be installed in the build environment" }
& build\venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\tandem.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& dist\tandem\tandem-console.exe --self-test --data-dir build\self-test
if ($LASTEXITCODE -ne 0) { throw "the frozen self-test failed" }
Invoke-Signing @("dist\tandem\tandem.exe", "dist\tandem\tandem-console.exe")

$Version = & build\venv\Scripts\python -c "from importlib.metadata import version; print(version('tandem'))"
$Numeric = & build\venv\Scripts\python packaging\windows\version_info.py $Version
$Iscc = @(
    (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")  # installed for one user
) | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $Iscc) { $Iscc = "iscc" }
& $Iscc "/DAppVersion=$Version" "/DAppNumericVersion=$Numeric" packaging\windows\tandem.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Invoke-Signing @("dist\Tandem-$Version-setup.exe")
Write-Output "dist\Tandem-$Version-setup.exe"
