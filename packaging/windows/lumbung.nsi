; The Windows installer for Lumbung (NSIS 3), from the one-folder bundle that packaging/lumbung.spec
; builds on Windows (dist\lumbung\lumbung.exe and dist\lumbung\_internal\). On Windows:
;   makensis /DVERSION=0.1.0 packaging\windows\lumbung.nsi
; makes dist\lumbung-0.1.0-setup.exe. Installing a newer version over an older one replaces the
; program only: the books live in %LOCALAPPDATA%\Lumbung, which neither the installer nor the
; uninstaller ever touches.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "say the version: makensis /DVERSION=0.1.0 lumbung.nsi"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\lumbung"  ; makensis works from this script's folder
!endif
!ifndef OUTDIR
  !define OUTDIR "..\..\dist"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lumbung"

Name "Lumbung ${VERSION}"
OutFile "${OUTDIR}\lumbung-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\Lumbung"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ICON "..\..\resources\icons\lumbung.ico"
!define MUI_UNICON "..\..\resources\icons\lumbung.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\lumbung.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductName" "Lumbung"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileDescription" "Pembukuan kelompok UP2K-PKK"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "LegalCopyright" "GPL-3.0-or-later"

Function .onInit
  SetRegView 64  ; the 64-bit program's entry in Apps & features
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Lumbung"
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; The older version's program files go first, so none of them lingers beside the new ones.
  ; A running Lumbung holds lumbung.exe: Windows refuses, and NSIS asks to close it and retry.
  RMDir /r "$INSTDIR\_internal"
  File "${BUNDLE}\lumbung.exe"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Lumbung.lnk" "$INSTDIR\lumbung.exe" "" "$INSTDIR\lumbung.exe" 0
  CreateShortcut "$DESKTOP\Lumbung.lnk" "$INSTDIR\lumbung.exe" "" "$INSTDIR\lumbung.exe" 0
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Lumbung"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lumbung.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Lumbung"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Only what the installer put there: the books in %LOCALAPPDATA%\Lumbung stay.
Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\Lumbung.lnk"
  Delete "$DESKTOP\Lumbung.lnk"
  Delete "$INSTDIR\lumbung.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir /r "$INSTDIR\_internal"
  RMDir "$INSTDIR"  ; only when empty
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
