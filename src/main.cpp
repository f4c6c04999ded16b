// desugar: shows, in runnable JavaScript, what an engine does with async/await.
// main only moves the work onto a thread with a large stack (conversion, lowering and printing
// recurse over the AST, and real code nests deeply) and maps crashes to exit status 3.
#include <pthread.h>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "driver/driver.h"
#include "driver/options.h"

namespace {

struct Job {
  std::vector<std::string> args;
  int status = desugar::kExitInternal;
};

void* run(void* arg) {
  auto* job = static_cast<Job*>(arg);
  try {
    job->status = desugar::run_cli(job->args);
  } catch (const std::exception& e) {
    std::cerr << "desugar: internal error: " << e.what() << "\n";
    job->status = desugar::kExitInternal;
  }
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  Job job;
  job.args.assign(argv + 1, argv + argc);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, std::size_t{1} << 30);  // reserved, touched only as used
  pthread_t thread;
  if (pthread_create(&thread, &attr, run, &job) != 0) {
    run(&job);
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attr);
  return job.status;
}
