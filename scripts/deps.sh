#!/usr/bin/env bash
# Installs the Debian 12 packages Netwerkkaart needs to build, test and run, but only
# those that are missing. Sourced by run.sh and test.sh; safe to run on its own.
set -euo pipefail

NWK_PACKAGES=(
    cmake g++ ninja-build pkgconf          # toolchain
    qt6-base-dev qt6-svg-dev libgl-dev     # Qt 6.4 Widgets, Gui, Svg
    nlohmann-json3-dev                     # JSON in the core
    zlib1g-dev                             # the PNG encoder and the ZIP writer (.qdpx, .odt)
    libxml2-utils                          # xmllint validates the .qdpx's project.qde (a test)
    appstream                              # appstreamcli validates the metainfo (a test)
    man-db                                 # man formats the manual pages (a test)
    lintian dpkg-dev file                  # lintian checks the Debian package cpack builds (a test)
    catch2                                 # tests
    qt6-tools-dev qt6-l10n-tools           # Qt Linguist: the Dutch translation is compiled at build time
    qt6-translations-l10n                  # Qt's own Dutch texts (standard buttons, dialogs)
    librsvg2-bin                           # an independent SVG renderer, used by the export tests
    poppler-utils                          # pdftotext, pdfinfo: the anonymisation tests read the PDFs
    python3 python3-networkx               # networkx reads the GraphML export (a test)
    r-base-core r-cran-igraph              # R's read.csv and igraph read the CSV and GraphML exports (tests)
    xvfb xdotool                           # a test answers the real editor's recovery question on X
    desktop-file-utils                     # desktop-file-validate checks the installed desktop file
    zlib1g-dev                             # the ODT report's zip (src/render/odtzip.cpp)
    r-base-core r-cran-igraph r-cran-ggraph # a test runs the R pack's script (Rscript)
    libxml2-utils                          # xmllint checks the GraphML and the ODT's content.xml
    qt6-httpserver-dev qt6-websockets-dev  # the participation round's server (phones join)
    libqrencode-dev                        # the QR code phones scan to join
    chromium chromium-driver python3-selenium # a test drives the phone page in headless Chromium
    qt6-multimedia-dev                     # the recorder (src/editor/recording/, docs/recording.md)
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good # Qt Multimedia's GStreamer backend
    gstreamer1.0-pulseaudio                # ... and its PulseAudio elements
    pulseaudio pulseaudio-utils            # the recording tests' private server (scripts/audio-test-server.sh)
)

nwk_missing_packages() {
    local missing=() pkg
    for pkg in "${NWK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]:-}"
}

nwk_install_deps() {
    local missing
    missing=$(nwk_missing_packages)
    if [ -z "$missing" ]; then
        return 0
    fi
    echo "Netwerkkaart needs these Debian packages, which are missing: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "error: not root and no sudo; install them with: apt-get install $missing" >&2
            return 1
        fi
    fi
    echo "Installing them with apt-get (${sudo:-as root}) ..."
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    nwk_install_deps
fi
