# A Debian package with CPack (`scripts/package.sh`, docs/packaging.md). Library
# dependencies are computed by dpkg-shlibdeps from the binaries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME netwerkkaart)
set(CPACK_PACKAGE_VENDOR "Netwerkkaart")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "network-map editor for focus groups on schools and partners")
# The extended description: lines of at most 79 characters (lintian).
set(CPACK_PACKAGE_DESCRIPTION
    "Netwerkkaart maps a school's partners with a focus group: the school at the
centre, partners in category sectors and rings, links, importance marks per
participant, missing partners, and the study's conversation cards with notes
and quotes. It exports maps (SVG, PNG, PDF), data (GraphML, CSV), a findings
report and a REFI-QDA project for qualitative-analysis software.")
# The Maintainer field: a name and an e-mail address (Debian policy 5.6.2). Packagers set
# their own with -DNWK_PACKAGE_MAINTAINER="Name <address>" (docs/packaging.md).
set(NWK_PACKAGE_MAINTAINER "The Netwerkkaart developers <netwerkkaart@users.noreply.github.com>"
    CACHE STRING "The Debian package's Maintainer: name <e-mail>")
set(CPACK_PACKAGE_CONTACT "${NWK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${NWK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/netwerkkaart/netwerkkaart")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Fonts for the map's text in exports; the SVG icon engine (libqt6svg6, a plugin, so not
# found by dpkg-shlibdeps); Qt's own Dutch strings for standard dialogs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, shared-mime-info, desktop-file-utils")
set(CPACK_STRIP_FILES ON)
# Hardening: resolve every symbol at start, so the relocations can be made read-only
# (lintian's hardening-no-bindnow; Debian's gcc already links with -z relro).
set_property(TARGET netwerkkaart netwerkkaart-cli APPEND PROPERTY LINK_OPTIONS "LINKER:-z,now")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
