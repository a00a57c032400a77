namespace ChatBot.Benchmarks.SideBySide;

/// <summary>What every profile verb reads from the process and the machine, measured the same way everywhere.</summary>
internal static class Machine
{
    /// <summary>The managed heap still reachable after full collections (finalizers run in between).</summary>
    public static double Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The 1-, 5- and 15-minute load averages, printed next to every timing so a reader can judge the noise.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
