# Installs the pinned tree-sitter runtime and grammar from the npm registry into the build tree
# (`npm ci` checks every package against the integrity hashes in grammars/package-lock.json) and
# defines two static libraries: ts_runtime and ts_javascript. No third-party source is in git.
set(GRAMMARS_DIR ${CMAKE_BINARY_DIR}/_deps/grammars)
set(GRAMMARS_LOCK ${PROJECT_SOURCE_DIR}/grammars/package-lock.json)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${GRAMMARS_LOCK} ${PROJECT_SOURCE_DIR}/grammars/package.json)
file(SHA256 ${GRAMMARS_LOCK} GRAMMARS_LOCK_HASH)
set(GRAMMARS_STAMP ${GRAMMARS_DIR}/installed.stamp)
set(GRAMMARS_INSTALLED "")
if(EXISTS ${GRAMMARS_STAMP})
  file(READ ${GRAMMARS_STAMP} GRAMMARS_INSTALLED)
endif()
if(NOT GRAMMARS_INSTALLED STREQUAL GRAMMARS_LOCK_HASH)
  message(STATUS "Installing tree-sitter and tree-sitter-javascript from npm (npm ci)")
  file(MAKE_DIRECTORY ${GRAMMARS_DIR})
  foreach(f package.json package-lock.json .npmrc)
    file(COPY ${PROJECT_SOURCE_DIR}/grammars/${f} DESTINATION ${GRAMMARS_DIR})
  endforeach()
  execute_process(COMMAND ${NPM} ci --ignore-scripts --no-audit --no-fund
                  WORKING_DIRECTORY ${GRAMMARS_DIR} RESULT_VARIABLE npm_result)
  if(NOT npm_result EQUAL 0)
    message(FATAL_ERROR "npm ci failed in ${GRAMMARS_DIR}")
  endif()
  file(WRITE ${GRAMMARS_STAMP} ${GRAMMARS_LOCK_HASH})
endif()

set(TS_ROOT ${GRAMMARS_DIR}/node_modules/tree-sitter/vendor/tree-sitter/lib)
set(TS_JS_ROOT ${GRAMMARS_DIR}/node_modules/tree-sitter-javascript/src)
set(TS_RUNTIME_INCLUDE ${TS_ROOT}/include)

# The runtime is always built optimised: at -O0 it parses about 2x slower.
add_library(ts_runtime STATIC ${TS_ROOT}/src/lib.c)
target_include_directories(ts_runtime PRIVATE ${TS_ROOT}/src ${TS_ROOT}/include)
target_compile_definitions(ts_runtime PRIVATE _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)
target_compile_options(ts_runtime PRIVATE -O2 -w)
set_target_properties(ts_runtime PROPERTIES C_STANDARD 11)

add_library(ts_javascript STATIC ${TS_JS_ROOT}/parser.c ${TS_JS_ROOT}/scanner.c)
target_include_directories(ts_javascript PRIVATE ${TS_JS_ROOT})
target_compile_options(ts_javascript PRIVATE -O2 -w)
set_target_properties(ts_javascript PROPERTIES C_STANDARD 11)
