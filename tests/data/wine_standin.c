/* A stand-in for Tandem's two Windows programs, for trying the real installer under Wine,
   where no Windows build of Tandem can be made (tests/test_windows_installer.py).

   Each start is written as a line (the program's path and its arguments) into the file
   TANDEM_STANDIN_RECORD names; the exit code is TANDEM_STANDIN_EXIT's (0 when unset). With
   --wait-for FILE it holds the mutex TANDEM_STANDIN_MUTEX names, as an open Tandem holds
   its own, and runs until FILE exists (two minutes at most). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

static void record(int argc, char **argv) {
    const char *path = getenv("TANDEM_STANDIN_RECORD");
    char program[MAX_PATH];
    FILE *out;
    if (path == NULL || (out = fopen(path, "a")) == NULL)
        return;
    GetModuleFileNameA(NULL, program, MAX_PATH);
    fputs(program, out);
    for (int i = 1; i < argc; i++) {
        fputc(' ', out);
        fputs(argv[i], out);
    }
    fputc('\n', out);
    fclose(out);
}

int main(int argc, char **argv) {
    const char *code = getenv("TANDEM_STANDIN_EXIT");
    record(argc, argv);
    if (argc == 3 && strcmp(argv[1], "--wait-for") == 0) {
        const char *mutex = getenv("TANDEM_STANDIN_MUTEX");
        if (mutex != NULL)
            CreateMutexA(NULL, FALSE, mutex);
        for (int tenth = 0; tenth < 1200; tenth++) {
            if (GetFileAttributesA(argv[2]) != INVALID_FILE_ATTRIBUTES)
                break;
            Sleep(100);
        }
    }
    return code != NULL ? atoi(code) : 0;
}
