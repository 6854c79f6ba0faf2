#!/usr/bin/env bash
# Rebuilds the two empty placeholder packages (see README.md, "Placeholder packages").
# The committed .nupkg files are what restore uses; repacking changes their hash.
set -euo pipefail
cd "$(dirname "$0")"
dotnet pack Placeholder.csproj -p:PackageId=AdaptiveCards -p:Version=3.1.0 -o . --nologo
dotnet pack Placeholder.csproj -p:PackageId=vswhere -p:Version=2.8.4 -o . --nologo
