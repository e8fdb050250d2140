#!/bin/sh
# Install Hearth for this user (no root): the bundle in ~/.local/opt/hearth, a `hearth`
# command in ~/.local/bin, the menu entry and the icons. `./install.sh --uninstall` undoes it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/hearth
bin=$HOME/.local/bin
remove() {
  rm -rf "$opt" "$bin/hearth" "$data/applications/hearth.desktop"
  rm -f "$data"/icons/hicolor/*/apps/hearth.png "$data/icons/hicolor/scalable/apps/hearth.svg"
}
if [ "${1:-}" = "--uninstall" ]; then
  remove
  echo "Hearth removed (your chats and settings are kept)."
  exit 0
fi
remove
mkdir -p "$opt" "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps"
cp -a "$here/hearth/." "$opt/"
ln -sf "$opt/hearth" "$bin/hearth"
sed "s|^Exec=.*|Exec=$opt/hearth|" "$here/hearth.desktop" > "$data/applications/hearth.desktop"
for png in "$here"/icons/hearth-*.png; do
  size=$(basename "$png" .png | sed 's/hearth-//')
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/hearth.png"
done
cp "$here/icons/hearth.svg" "$data/icons/hicolor/scalable/apps/hearth.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Hearth installed: find it in your applications menu, or run $bin/hearth"
