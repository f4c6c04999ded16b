# `cmake --install build --prefix DIR` installs bin/desugar and share/man/man1/desugar.1 (made
# from `desugar --help`, so the two agree); `cpack` in the build tree makes a Debian package.
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/desugar.1
  COMMAND $<TARGET_FILE:desugar> --help | ${NODE} ${PROJECT_SOURCE_DIR}/cmake/manpage.js
          ${PROJECT_VERSION} > ${CMAKE_BINARY_DIR}/desugar.1
  DEPENDS desugar ${PROJECT_SOURCE_DIR}/cmake/manpage.js
  COMMENT "Generating the man page from desugar --help" VERBATIM)
add_custom_target(manpage ALL DEPENDS ${CMAKE_BINARY_DIR}/desugar.1)

include(GNUInstallDirs)
install(TARGETS desugar RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_BINARY_DIR}/desugar.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME desugar)
set(CPACK_PACKAGE_CONTACT "desugar maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "shows in runnable JavaScript what the engine does with async/await")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends: from the binary's shared libraries (libfmt9, libc6…)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
include(CPack)
