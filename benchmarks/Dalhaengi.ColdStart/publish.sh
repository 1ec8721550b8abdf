#!/usr/bin/env bash
# Publishes our cold-start contender (../Dalhaengi.ColdStart.Ours) three ways into bin/variants/, where
# `Dalhaengi.ColdStart --measure N` finds and times them beside the other contenders (docs/benchmarks.md, "Cold start"):
#   jit  plain framework-dependent publish: what `dotnet run` / a default `dotnet publish` user gets
#   r2r  the same with ReadyToRun (our assemblies precompiled; the shared framework already is)
#   aot  Native AOT: one self-contained native executable, no JIT at all
# Native AOT on Linux needs a C toolchain to link: clang if present, else gcc (apt-get install -y clang or gcc).
set -euo pipefail
cd "$(dirname "$0")"
project=../Dalhaengi.ColdStart.Ours/Dalhaengi.ColdStart.Ours.csproj
out=bin/variants
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"

dotnet publish "$project" -c Release -o "$out/jit"
dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/r2r"

linker=()
if ! command -v clang >/dev/null 2>&1; then
  if command -v gcc >/dev/null 2>&1; then
    linker=(-p:CppCompilerAndLinker=gcc)
  else
    echo "Native AOT needs clang or gcc to link; skipping the aot variant (apt-get install -y clang)" >&2
    exit 0
  fi
fi

dotnet publish "$project" -c Release -r "$rid" -p:PublishAot=true "${linker[@]}" -o "$out/aot"
ls -l "$out"/*/Dalhaengi.ColdStart.Ours
