# One static library per folder of src/ ("layer"), linked by its explicit dependencies, so that
# the include graph is the one README.md's architecture section draws:
#
#   desugar_layer(check DEPS ast diag)     # src/check/*.cpp -> ds_check, may include ast/, diag/
#
# Each layer's include path holds one directory per layer it may see: build/layers/<name>/<name>
# is a link to src/<name>, and a layer's directory is PUBLIC, so it reaches exactly the layers
# that link it. An `#include "driver/options.h"` in src/sim then fails to compile ("No such
# file"), because ds_sim does not link ds_driver. tests/CMakeLists.txt checks that it does.
set(DESUGAR_LAYERS_DIR ${CMAKE_BINARY_DIR}/layers)

function(desugar_layer name)
  cmake_parse_arguments(LAYER "" "EXCLUDE" "DEPS" ${ARGN})
  set(src ${PROJECT_SOURCE_DIR}/src/${name})
  set(inc ${DESUGAR_LAYERS_DIR}/${name})
  file(MAKE_DIRECTORY ${inc})
  file(CREATE_LINK ${src} ${inc}/${name} SYMBOLIC)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${src}/*.cpp)
  if(LAYER_EXCLUDE)
    list(FILTER sources EXCLUDE REGEX "${LAYER_EXCLUDE}")
  endif()
  list(TRANSFORM LAYER_DEPS PREPEND ds_ OUTPUT_VARIABLE deps)
  if(sources)
    add_library(ds_${name} STATIC ${sources})
    target_include_directories(ds_${name} PUBLIC ${inc})
    target_compile_options(ds_${name} PRIVATE -Wall -Wextra -Wno-trigraphs)
    target_link_libraries(ds_${name} PUBLIC ${deps})
  else()  # headers only
    add_library(ds_${name} INTERFACE)
    target_include_directories(ds_${name} INTERFACE ${inc})
    target_link_libraries(ds_${name} INTERFACE ${deps})
  endif()
endfunction()

# A probe that compiles one `#include` with a layer's include path (tests/CMakeLists.txt turns
# each into a test): `fails` expects the compiler's missing-header error, `compiles` expects success.
function(desugar_layer_probe layer header expect)
  string(MAKE_C_IDENTIFIER "${layer}_includes_${header}" id)
  set(file ${CMAKE_BINARY_DIR}/layer-probes/${id}.cpp)
  file(WRITE ${file} "#include \"${header}\"\nint desugar_layer_probe_${id}() { return 0; }\n")
  add_library(probe_${id} OBJECT EXCLUDE_FROM_ALL ${file})
  target_link_libraries(probe_${id} PRIVATE ds_${layer})
  set(test layering-${layer}-includes-${header})
  add_test(NAME ${test} COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR} --target probe_${id})
  # The probes run ninja in the build tree: one at a time.
  set_tests_properties(${test} PROPERTIES RESOURCE_LOCK build-tree)
  if(expect STREQUAL "fails")
    set_tests_properties(${test} PROPERTIES PASS_REGULAR_EXPRESSION "${header}(: No such file|' file not found)")  # gcc | clang
  endif()
endfunction()
