# SPDX-License-Identifier: GPL-3.0-or-later
# Run at build time (cmake -P): the man pages and the bash completion, written
# by the programs themselves from the option definitions they parse with
# (regionlens-cli: its command table, app/cli/clidoc.h; regionlens:
# app/gui/guioptions.h). CLI, GUI (empty without the GUI), OUT, GZIP (empty:
# pages left uncompressed).
function(_write out)
  execute_process(COMMAND ${ARGN} OUTPUT_FILE "${out}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${ARGN} failed (${rc})")
  endif()
endfunction()

file(MAKE_DIRECTORY "${OUT}/man1" "${OUT}/ja/man1" "${OUT}/completions")
set(programs "${CLI}")
if(GUI)
  list(APPEND programs "${GUI}")
endif()
foreach(program IN LISTS programs)
  get_filename_component(name "${program}" NAME)
  _write("${OUT}/man1/${name}.1" "${program}" --help-man --lang en)
  _write("${OUT}/ja/man1/${name}.1" "${program}" --help-man --lang ja)
  if(GZIP)
    # -n: no name or time stamp, so that the same page gives the same file.
    execute_process(COMMAND "${GZIP}" -9nf "${OUT}/man1/${name}.1" "${OUT}/ja/man1/${name}.1"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "gzip failed (${rc})")
    endif()
  endif()
endforeach()
_write("${OUT}/completions/regionlens-cli" "${CLI}" --bash-completion)
