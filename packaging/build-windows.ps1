# Build Hearth's Windows bundle and installer (run in PowerShell from anywhere):
#
#     powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#     $env:HEARTH_ENGINE = "vulkan"; packaging\build-windows.ps1    # or "cuda": GPU builds
#
# Makes dist\hearth\ (Hearth.exe for the Start menu, hearth-cli.exe for a terminal) and
# dist\Hearth-VERSION-windows-x64[-ENGINE]-setup.exe (Inno Setup: per-user, no admin).
#
# Needs: Python 3.11 (python.org or `py -3.11`), Visual Studio 2022 Build Tools with
# "Desktop development with C++" and "C++ Clang tools for Windows" (ggml's CPU variants
# are built with clang-cl, as llama.cpp's own Windows releases are), CMake and Ninja (pip
# brings both), Inno Setup 6 (iscc.exe on PATH, or in its default folder). Vulkan: the
# Vulkan SDK; CUDA: the CUDA toolkit.
# Not run here: written for a Windows machine or the CI workflow (packaging/ci/release.yml).
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..")
Set-Location $Root
$Build = Join-Path $Root "packaging\build"
$Dist = Join-Path $Root "dist"
$LlamaVersion = if ($env:LLAMA_CPP_PYTHON) { $env:LLAMA_CPP_PYTHON } else { "0.3.36" }
$Engine = if ($env:HEARTH_ENGINE) { $env:HEARTH_ENGINE } else { "cpu" }
$Portable = "-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON -T ClangCL"
switch ($Engine) {
  "cpu"    { $EngineArgs = $Portable }
  "vulkan" { $EngineArgs = "$Portable -DGGML_VULKAN=ON" }
  "cuda"   { $EngineArgs = "$Portable -DGGML_CUDA=ON" }
  default  { throw "HEARTH_ENGINE must be cpu, vulkan or cuda (not '$Engine')." }
}
$Suffix = if ($Engine -eq "cpu") { "" } else { "-$Engine" }
New-Item -ItemType Directory -Force $Build, $Dist | Out-Null
$Timer = [Diagnostics.Stopwatch]::StartNew()

function Invoke-Checked([string]$What, [scriptblock]$Block) {
  Write-Host "== $What"
  & $Block
  if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

# 1. the build venv
$Venv = Join-Path $Build "venv"
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
  Invoke-Checked "venv" { py -3.11 -m venv $Venv }
  Invoke-Checked "pip" { & $Py -m pip install --quiet --upgrade pip wheel }
}

# 2. the portable engine, built without -march=native; --no-cache-dir so that pip never
#    reuses a wheel built with other CMAKE_ARGS.
$EngineDir = Join-Path $Build "engine-$Engine"
$Stamp = "llama-cpp-python==$LlamaVersion CMAKE_ARGS=$EngineArgs"
$StampFile = Join-Path $EngineDir "stamp"
$Wheel = Get-ChildItem -Path $EngineDir -Filter "llama_cpp_python-*.whl" -ErrorAction SilentlyContinue | Select-Object -First 1
if ($env:HEARTH_REBUILD_ENGINE -eq "1" -or -not $Wheel -or -not (Test-Path $StampFile) -or ((Get-Content $StampFile) -ne $Stamp)) {
  Remove-Item -Recurse -Force $EngineDir -ErrorAction SilentlyContinue
  New-Item -ItemType Directory -Force $EngineDir | Out-Null
  $env:CMAKE_ARGS = $EngineArgs
  # -T ClangCL needs the Visual Studio generator (scikit-build-core would pick Ninja).
  $env:CMAKE_GENERATOR = "Visual Studio 17 2022"
  Invoke-Checked "engine (llama-cpp-python $LlamaVersion from source)" {
    & $Py -m pip wheel --no-cache-dir --no-deps --no-binary llama-cpp-python -w $EngineDir "llama-cpp-python==$LlamaVersion"
  }
  Set-Content -Path $StampFile -Value $Stamp
  $Wheel = Get-ChildItem -Path $EngineDir -Filter "llama_cpp_python-*.whl" | Select-Object -First 1
}

# 3. the app, its starter model and PyInstaller
Invoke-Checked "install" { & $Py -m pip install --quiet $Wheel.FullName -e "$Root[starter,bundle]" }
Invoke-Checked "engine wheel" { & $Py -m pip install --quiet --force-reinstall --no-deps $Wheel.FullName }
Invoke-Checked "check engine" {
  & $Py -c "from desktop.engine.devices import load_dynamic_backends, engine_devices; print('plug-ins from', load_dynamic_backends()); d, b = engine_devices(); print('backends', b); assert 'CPU' in b, 'no CPU backend'"
}

# 4. the bundle
Remove-Item -Recurse -Force (Join-Path $Dist "hearth") -ErrorAction SilentlyContinue
# The translations the bundle carries (hearth.spec refuses to build without them).
Invoke-Checked "translations" { & (Join-Path $Venv "Scripts\python.exe") packaging\translations.py compile }
Invoke-Checked "pyinstaller" {
  & (Join-Path $Venv "Scripts\pyinstaller.exe") packaging\hearth.spec --noconfirm --clean --distpath $Dist --workpath (Join-Path $Build "pyinstaller") --log-level WARN
}
$Version = (& (Join-Path $Dist "hearth\hearth-cli.exe") --version).Split(" ")[1]
Write-Host "   dist\hearth: hearth $Version"

# 5. the installer
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found: install it (winget install JRSoftware.InnoSetup)." }
Invoke-Checked "installer" {
  & $Iscc /Q "/DAppVersion=$Version" "/DSourceDir=$Dist\hearth" "/DOutputDir=$Dist" "/DVariant=$Suffix" packaging\windows\hearth.iss
}
Write-Host "== done in $([int]$Timer.Elapsed.TotalSeconds) s: dist\Hearth-$Version-windows-x64$Suffix-setup.exe"
