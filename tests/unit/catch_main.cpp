// The one translation unit that holds Catch2's main, so it compiles once. The tests run on a
// thread with the same large stack that desugar's own main gives the pipeline (src/main.cpp):
// deep-nesting tests need it, and sanitizer builds use several times more stack per frame.
#define CATCH_CONFIG_RUNNER
#include <pthread.h>

#include <catch2/catch.hpp>

namespace {
struct Run {
  int argc;
  char** argv;
  int status = 1;
};

void* run_session(void* arg) {
  auto* r = static_cast<Run*>(arg);
  r->status = Catch::Session().run(r->argc, r->argv);
  return nullptr;
}
}  // namespace

int main(int argc, char** argv) {
  Run r{argc, argv};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, std::size_t{1} << 30);  // reserved, touched only as used
  pthread_t thread;
  if (pthread_create(&thread, &attr, run_session, &r) != 0) return 1;
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return r.status;
}
