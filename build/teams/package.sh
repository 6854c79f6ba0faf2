#!/usr/bin/env bash
# Builds the Microsoft Teams app package: teams/build/EventBot-teams.zip (see teams/README.md).
#
#   MicrosoftAppId=<the Azure Bot's app id> build/teams/package.sh
#   build/teams/package.sh --allow-placeholder          # test package, placeholder app id
#   build/teams/package.sh -p:TeamsAppVersion=1.0.1 -p:TeamsBotDomain=bot.example.org
#
# The work is done by TeamsPackage.proj (plain MSBuild, so `dotnet msbuild build/teams/TeamsPackage.proj`
# does the same on Windows). MicrosoftAppId comes from the environment, else from appsettings.json;
# when it is empty the build stops with a message, unless --allow-placeholder is given.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
args=()
for arg in "$@"; do
  case "$arg" in
    --allow-placeholder) args+=("-p:AllowPlaceholder=true") ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

exec dotnet msbuild "$here/TeamsPackage.proj" -nologo -nodeReuse:false -verbosity:minimal ${args[@]+"${args[@]}"}
