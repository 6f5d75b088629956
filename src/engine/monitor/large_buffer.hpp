// Buffers for the projection's large outputs (up to ~90 MB for all Kreise).
//
// Why: on our VMs a first touch of a 4 KiB page costs about 12 µs, so faulting in 88 MB of fresh
// output took 0.26 s, four times the projection itself. Asking for transparent huge pages
// (2 MiB) cuts the number of faults 512-fold. Elements are default-initialised (no memset:
// fresh pages are zero anyway and the projection overwrites every element).
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <new>
#include <vector>

namespace fw::monitor {

template <class T>
struct LargeAllocator {
  using value_type = T;
  static constexpr std::size_t kHuge = std::size_t{2} << 20;  // 2 MiB
  static constexpr std::size_t kThreshold = std::size_t{4} << 20;

  LargeAllocator() = default;
  template <class U>
  LargeAllocator(const LargeAllocator<U>&) noexcept {}

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kThreshold) return static_cast<T*>(::operator new(bytes));
    void* p = mmap(nullptr, round_up(bytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    madvise(p, round_up(bytes), MADV_HUGEPAGE);  // a hint; harmless where THP is off
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kThreshold) {
      ::operator delete(p);
    } else {
      munmap(p, round_up(bytes));
    }
  }
  // resize() default-initialises instead of zeroing.
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(static_cast<Args&&>(args)...);
  }
  template <class U>
  bool operator==(const LargeAllocator<U>&) const noexcept {
    return true;
  }

 private:
  static std::size_t round_up(std::size_t bytes) { return (bytes + kHuge - 1) / kHuge * kHuge; }
};

template <class T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

}  // namespace fw::monitor
