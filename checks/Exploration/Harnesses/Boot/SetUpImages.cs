using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Coyote.SystematicTesting;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses.Boot;

/// <summary>
/// One <see cref="SetUpImage"/> per harness, seeded-bug set and skipped set-up calls, made once per process.
/// The set-up is sequential, so every iteration's set-up ends in the same kernel: making its calls again in
/// each schedule only adds scheduling steps that decide nothing (two thirds of a shrunk trace's steps). An
/// image is made by one run of Coyote's testing engine of its own (same monitors registered first, so the
/// booted actors get the ids they had), on a thread of its own that carries nothing of the caller's Coyote
/// context. There is no image when the set-up makes a controlled choice, fails a call, trips a monitor or
/// leaves a call blocked: such a harness keeps its set-up in the schedule, where that is explored and reported.
/// <para>
/// Images are made by <see cref="Prepare"/> before a testing engine starts, never inside an iteration: Coyote
/// takes an iteration that makes no progress for a second as a potential deadlock, and a loaded machine can take
/// that long to run a set-up. Every runner (explore, replay, shrink candidates) prepares before it runs, so a
/// schedule recorded by one replays in the others.
/// </para>
/// </summary>
public static class SetUpImages
{
    // Per harness instance (two instances of one harness type may set up differently), then per bugs and skips.
    private static readonly ConditionalWeakTable<ExplorationHarness, ConcurrentDictionary<string, Lazy<SetUpImage?>>> Images = new();

    /// <summary>Makes (once) the image <paramref name="harness"/> boots from under <paramref name="settings"/>; call it before the engine starts.</summary>
    public static void Prepare(ExplorationHarness harness, HarnessSettings settings)
    {
        if (!settings.SetUpInSchedule && harness is IKernelHarness kernelHarness)
        {
            _ = Images.GetOrCreateValue(harness).GetOrAdd(Key(settings), _ => new Lazy<SetUpImage?>(() => OnThreadOfItsOwn(() => Make(kernelHarness, settings)))).Value;
        }
    }

    /// <summary>The prepared image <paramref name="harness"/> boots from under <paramref name="settings"/>, or null to set up in the schedule.</summary>
    public static SetUpImage? For(ExplorationHarness harness, HarnessSettings settings) =>
        !settings.SetUpInSchedule && Images.TryGetValue(harness, out var images) && images.TryGetValue(Key(settings), out var image) ? image.Value : null;

    private static string Key(HarnessSettings settings) =>
        $"{string.Join(',', settings.SeededBugs.Order())}|{string.Join(',', settings.Workload?.SkippedSetUpCalls ?? [])}";

    private static SetUpImage? OnThreadOfItsOwn(Func<SetUpImage?> make)
    {
        SetUpImage? image = null;
        var thread = new Thread(() =>
        {
            try
            {
                image = make();
            }
            catch (Exception)
            {
                // Whatever stops the set-up running on its own (an exception on this thread would end the process):
                // it stays in the schedule, where the same failure is reported with its schedule.
                image = null;
            }
        })
        { IsBackground = true, Name = "set-up image" };
        using (ExecutionContext.SuppressFlow())
        {
            thread.Start();
        }

        thread.Join();
        return image;
    }

    private static SetUpImage? Make(IKernelHarness harness, HarnessSettings settings)
    {
        var run = new SetUpRun();
        ActorKernel? kernel = null;
        var setUp = settings with { Recorder = null };
        using var engine = TestingEngine.Create(CoyoteConfigurations.ForSetUpImage(), runtime =>
        {
            MonitorCatalog.RegisterKernelMonitors(runtime);
            kernel = KernelHost.Start(runtime, new KernelOptions { Monitors = MonitorCatalog.Kernel, Bugs = settings.Bugs, Tap = run.Notifications.Add });
            HarnessThreadActor.StartSetUp(runtime, harness, kernel, setUp, run);
        });
        engine.SetLogger(new Microsoft.Coyote.Logging.TextWriterLogger(TextWriter.Null, Microsoft.Coyote.Logging.VerbosityLevel.None));
        engine.Run();
        // A set-up of no calls has nothing to save (and a booted run is told apart by the calls it was told of).
        var usable = engine.TestReport.NumOfFoundBugs == 0 && !run.Chose && run.FirstFreeId is not null && kernel is not null && run.Notifications.Count > 0;
        try
        {
            return usable ? new SetUpImage(kernel!.CaptureImage(run.FirstFreeId!.Value), [.. run.Notifications], [.. run.Answers]) : null;
        }
        catch (InvalidOperationException)
        {
            // A call still in flight or blocked when the set-up ended: its thread cannot be booted.
            return null;
        }
    }
}
