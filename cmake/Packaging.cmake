# A Debian package with CPack (`scripts/package.sh`, docs/packaging.md). Library
# dependencies are computed by dpkg-shlibdeps from the binaries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME netwerkkaart)
set(CPACK_PACKAGE_VENDOR "Netwerkkaart")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "network-map editor for focus groups on schools and partners")
set(CPACK_PACKAGE_DESCRIPTION
    "Netwerkkaart maps a school's partners with a focus group: the school at the centre,
partners in category sectors and rings, links, importance marks per participant,
missing partners, and the study's conversation cards with notes and quotes.
It exports maps (SVG, PNG, PDF), data (GraphML, CSV) and a findings report.")
set(CPACK_PACKAGE_CONTACT "Netwerkkaart developers")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Fonts for the map's text in exports; the SVG icon engine (libqt6svg6, a plugin, so not
# found by dpkg-shlibdeps); Qt's own Dutch strings for standard dialogs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, shared-mime-info, desktop-file-utils")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
