# SPDX-License-Identifier: GPL-3.0-or-later
# Run at build time (cmake -P): writes OUT from IN with PROJECT_VERSION and
# the checkout's `git describe` (empty when SOURCE_DIR is not a git checkout,
# e.g. a release tarball). configure_file rewrites OUT only when its text
# changes, so a build without a new commit relinks nothing.
set(REGIONLENS_GIT_DESCRIBE "")
find_program(_git git)
if(_git AND EXISTS "${SOURCE_DIR}/.git")
  execute_process(COMMAND "${_git}" -C "${SOURCE_DIR}" describe --tags --always --dirty
                  OUTPUT_VARIABLE _describe OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE _rc ERROR_QUIET)
  if(_rc EQUAL 0)
    set(REGIONLENS_GIT_DESCRIBE "${_describe}")
  endif()
endif()
configure_file("${IN}" "${OUT}" @ONLY)
