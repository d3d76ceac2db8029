"""The version information Windows shows for ``tandem.exe`` and ``tandem-console.exe``: in
the file's Properties › Details, in the Task Manager, and in the prompts of SmartScreen and
the antivirus, which trust an executable with a name, a description and a version more
than one without. English and French, like Tandem.

``packaging/tandem.spec`` writes it, on Windows, as the version file PyInstaller reads (the
text of a ``VSVersionInfo`` expression): PyInstaller's own classes load only on Windows,
and this text can be checked anywhere.
"""

from __future__ import annotations

import re

#: Windows' language identifiers, each with the Unicode code page (1200).
ENGLISH, FRENCH, UNICODE = 0x0409, 0x040C, 1200
DESCRIPTIONS = {
    ENGLISH: "Tandem - reverse mentoring in a small business",
    FRENCH: "Tandem - le mentorat inversé dans une petite entreprise",
}


def numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows keeps of a version: "0.1.0" is 0.1.0.0 and "1.2.0rc1" is
    1.2.0.0 (a pre-release counts as its release); what is not a number counts as 0."""
    found = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d+", part)
        found.append(min(int(digits.group()), 0xFFFF) if digits else 0)
    first, second, third, fourth = (*found, 0, 0, 0, 0)[:4]
    return first, second, third, fourth


def version_file(version: str, file_name: str) -> str:
    """The version file of ``file_name`` (``tandem.exe``) at ``version``."""
    four = numbers(version)
    strings = {
        "CompanyName": "Tandem",
        "FileVersion": version,
        "InternalName": file_name.removesuffix(".exe"),
        "LegalCopyright": "Tandem",
        "OriginalFilename": file_name,
        "ProductName": "Tandem",
        "ProductVersion": version,
    }
    tables = []
    for language, description in DESCRIPTIONS.items():
        entries = {**strings, "FileDescription": description}
        structs = ", ".join(f"StringStruct({key!r}, {value!r})" for key, value in entries.items())
        tables.append(f"StringTable({f'{language:04X}{UNICODE:04X}'!r}, [{structs}])")
    return (
        "# -*- coding: utf-8 -*-\n"
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={four}, prodvers={four}),\n"
        "  kids=[\n"
        f"    StringFileInfo([{', '.join(tables)}]),\n"
        f"    VarFileInfo([VarStruct('Translation', [{ENGLISH}, {UNICODE}, {FRENCH}, {UNICODE}])]),\n"
        "  ],\n"
        ")\n"
    )


if __name__ == "__main__":  # build.ps1: the four numbers of a version, for the installer
    import sys

    print(".".join(map(str, numbers(sys.argv[1]))))
