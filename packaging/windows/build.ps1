# Build Tandem's Windows installer from a clean checkout, in one command (PowerShell), once
# Python 3.11+ and Inno Setup (6 or 7) are installed:
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# It makes a virtual environment in build\venv, the PyInstaller folder in dist\tandem,
# runs the frozen self-test, then writes dist\Tandem-<version>-setup.exe.
#
# TANDEM_BUILD_PYTHON=C:\path\to\python.exe builds with that Python (CI sets the one it
# installed); otherwise the newest Python 3 the "py" launcher knows.
# TANDEM_SIGNING_CERTIFICATE (a .pfx file in base64) and TANDEM_SIGNING_PASSWORD sign the
# executables, the installer and its uninstaller; without them everything is built unsigned
# (see the README: what SmartScreen then shows the owner).
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

$SignTool = $null
$Pfx = Join-Path ([IO.Path]::GetTempPath()) "tandem-signing.pfx"
if ($env:TANDEM_SIGNING_CERTIFICATE) {
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1
    if (-not $SignTool) { throw "signtool.exe (Windows SDK) is needed to sign" }
}
# signtool's arguments; the files to sign come after them
$SignArguments = @("sign", "/f", $Pfx, "/p", $env:TANDEM_SIGNING_PASSWORD, "/fd", "SHA256",
    "/tr", "http://timestamp.digicert.com", "/td", "SHA256")

function Invoke-Signing([string[]] $Files) {
    if (-not $SignTool) {
        Write-Output "unsigned (no TANDEM_SIGNING_CERTIFICATE): $($Files -join ', ')"
        return
    }
    & $SignTool.FullName @SignArguments $Files
    if ($LASTEXITCODE -ne 0) { throw "signing failed" }
}

function Find-Iscc {
    # Inno Setup 7 or 6, installed for all users or for this one
    $Bases = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))
    foreach ($Base in $Bases | Where-Object { $_ }) {
        foreach ($Release in @("Inno Setup 7", "Inno Setup 6")) {
            $Candidate = Join-Path $Base "$Release\ISCC.exe"
            if (Test-Path $Candidate) { return $Candidate }
        }
    }
    return "iscc"
}

try {
    if ($SignTool) {
        # the certificate exists as a file for the time of the build only
        [IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:TANDEM_SIGNING_CERTIFICATE))
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
    $IsccArguments = @("/DAppVersion=$Version", "/DAppNumericVersion=$Numeric")
    if ($SignTool) {
        # Inno Setup signs the setup, and the uninstaller before packing it, with the
        # "tandemsign" tool (tandem.iss); in its command $f is the file, and $$ a dollar sign
        $Quoted = ($SignArguments | ForEach-Object { '"' + ($_ -replace '\$', '$$$$') + '"' }) -join " "
        $IsccArguments += @("/DSigned", ('/Standemsign="{0}" {1} $f' -f $SignTool.FullName, $Quoted))
    }
    & (Find-Iscc) @IsccArguments packaging\windows\tandem.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
    Write-Output "dist\Tandem-$Version-setup.exe"
} finally {
    if (Test-Path $Pfx) { Remove-Item -Force $Pfx }
}
