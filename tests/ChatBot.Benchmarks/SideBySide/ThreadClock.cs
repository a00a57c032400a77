using System.Runtime.InteropServices;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// The CPU time the calling thread has used (Linux's per-thread clock): unlike elapsed time it leaves out the time
/// the thread waited for a core, so it grows far less with a shared machine's load (caches shared with other work
/// still cost it something). Zero where the clock is not there.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static double Nanoseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        return GetTime(ThreadCpuTime, out var time) == 0 ? (time.Seconds * 1e9) + time.Nanoseconds : 0;
    }

    // DllImport rather than LibraryImport: the generated stub needs unsafe code, which this project does not allow.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int GetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
