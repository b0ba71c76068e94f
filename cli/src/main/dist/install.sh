#!/bin/sh
# Installs the agendum command from the directory this script is in (cli/target after
# ./mvnw package): the jar and the launcher into PREFIX/lib/agendum, the command as
# PREFIX/bin/agendum, bash completion as PREFIX/share/bash-completion/completions/agendum; then
# makes the launcher's class-data sharing archive for the installing user.
#
#   sh cli/target/install.sh [--prefix DIR]     (default prefix: $HOME/.local)
set -eu

usage() {
    echo "usage: sh install.sh [--prefix DIR]   (default: \$HOME/.local)" >&2
    exit 2
}

prefix=${HOME:-}/.local
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || usage; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        -h|--help) usage ;;
        *) echo "install.sh: unknown argument '$1'" >&2; usage ;;
    esac
done
case $prefix in
    /.local) echo "install.sh: HOME is not set; name a --prefix" >&2; exit 2 ;;
    /*) ;;
    *) prefix=$(pwd)/$prefix ;;
esac

from=$(cd "$(dirname "$0")" && pwd -P)
for file in agendum agendum.jar gobiernos-locales-2021.json; do
    if [ ! -f "$from/$file" ]; then
        echo "install.sh: $from/$file is missing; build first: ./mvnw -q -DskipTests package" >&2
        exit 2
    fi
done

lib=$prefix/lib/agendum
bin=$prefix/bin
completions=$prefix/share/bash-completion/completions
mkdir -p "$lib" "$bin" "$completions"
cp "$from/agendum.jar" "$from/gobiernos-locales-2021.json" "$lib/"
cp "$from/agendum" "$lib/agendum"
chmod 755 "$lib/agendum"
ln -sf "$lib/agendum" "$bin/agendum"

# The start-up archive, now rather than on the first run (a plain run if it cannot be made).
AGENDUM_CDS=now "$bin/agendum" --version > /dev/null

# The completion script picocli writes for the command named agendum.
"$bin/agendum" generate-completion > "$completions/agendum"

echo "Installed $("$bin/agendum" --version) as $bin/agendum"
case ":${PATH:-}:" in
    *":$bin:"*) ;;
    *) echo "Add $bin to PATH, e.g. in ~/.profile: export PATH=\"$bin:\$PATH\"" ;;
esac
echo "Bash completion: $completions/agendum (bash-completion finds it under ~/.local and"
echo "  /usr/local; otherwise, or in zsh after 'autoload -U bashcompinit && bashcompinit', source it)"
