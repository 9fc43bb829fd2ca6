# SPDX-License-Identifier: BSD-3-Clause
#
# Run by the install_consumer test (cmake -P). Inputs:
#   BUILD_DIR     the libmanager build tree to install
#   SOURCE_DIR    the consumer project
#   WORK_DIR      scratch directory (wiped first), gets prefix/ and consumer-build/
#   GENERATOR, MAKE_PROGRAM, CXX_COMPILER, CONFIG   the same tools as the libmanager build
cmake_minimum_required(VERSION 3.21)

foreach(var BUILD_DIR SOURCE_DIR WORK_DIR GENERATOR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "run_install_test.cmake: ${var} is not set")
    endif()
endforeach()
if(NOT CONFIG)
    set(CONFIG RelWithDebInfo)
endif()

set(prefix "${WORK_DIR}/prefix")
set(consumer_build "${WORK_DIR}/consumer-build")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# The consumer must find the installed server program by itself, not through an override.
unset(ENV{LIBMANAGER_SERVER_PROGRAM})

function(run_step name)
    execute_process(COMMAND ${ARGN}
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output
        TIMEOUT 240)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "install test: ${name} failed (${result}):\n${output}")
    endif()
    message(STATUS "install test: ${name}: ok")
    set(step_output "${output}" PARENT_SCOPE)
endfunction()

run_step("cmake --install"
    "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" --config "${CONFIG}")

set(configure_args -S "${SOURCE_DIR}" -B "${consumer_build}" -G "${GENERATOR}"
    "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_BUILD_TYPE=${CONFIG}")
if(MAKE_PROGRAM)
    list(APPEND configure_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
if(CXX_COMPILER)
    list(APPEND configure_args "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
endif()
run_step("configuring the consumer" "${CMAKE_COMMAND}" ${configure_args})
if(NOT step_output MATCHES "LibManager found: ([^\n]*)")
    message(FATAL_ERROR "install test: the consumer did not report the package it found:\n${step_output}")
endif()
message(STATUS "install test: ${CMAKE_MATCH_1}")
string(FIND "${CMAKE_MATCH_1}" "${prefix}" in_prefix)
if(in_prefix EQUAL -1)
    message(FATAL_ERROR "install test: LibManager was found outside ${prefix}: ${CMAKE_MATCH_1}")
endif()

run_step("building the consumer"
    "${CMAKE_COMMAND}" --build "${consumer_build}" --config "${CONFIG}")

find_program(consumer NAMES consumer
    PATHS "${consumer_build}" "${consumer_build}/${CONFIG}" NO_DEFAULT_PATH REQUIRED)
run_step("running the consumer" "${consumer}")
message(STATUS "install test: the consumer said:\n${step_output}")
if(NOT step_output MATCHES "(^|\n)pong\r?\n")
    message(FATAL_ERROR "install test: the consumer did not print \"pong\"")
endif()
