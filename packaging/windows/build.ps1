# Build Tandem's Windows installer from a clean checkout, in one command (PowerShell), once
# Python 3.11+ and Inno Setup 6 are installed:
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# It makes a virtual environment in build\venv, the PyInstaller folder in dist\tandem,
# runs the frozen self-test, then writes dist\Tandem-<version>-setup.exe.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

py -3 -m venv build\venv
& build\venv\Scripts\python -m pip install --quiet -e ".[build]"
& build\venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\tandem.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& dist\tandem\tandem-console.exe --self-test --data-dir build\self-test
if ($LASTEXITCODE -ne 0) { throw "the frozen self-test failed" }

$Version = & build\venv\Scripts\python -c "from importlib.metadata import version; print(version('tandem'))"
$Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $Iscc)) { $Iscc = "iscc" }
& $Iscc "/DAppVersion=$Version" packaging\windows\tandem.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Output "dist\Tandem-$Version-setup.exe"
