using System.Text;
using MlPipeline.Registry;
using MlPipeline.Registry.Sql;

// Registers model versions from a separate process, for the registry's multi-process tests:
//   register <location> <model> <count>    registers <count> versions, printing each version number on a line
//   hang-in-register <location> <model>    starts one registration, prints "inside-register" before its commit and waits to be killed
//   tune <location> <study> <count>        reserves <count> trials of the study, saving each as running and then completed,
//                                          printing each trial number on a line
if (args is not (["register", _, _, _] or ["hang-in-register", _, _] or ["tune", _, _, _]))
{
    Console.Error.WriteLine("usage: register <location> <model> <count> | hang-in-register <location> <model> | tune <location> <study> <count>");
    return 2;
}

try
{
    using var registry = ModelRegistry.Open(args[1]);
    if (args[0] == "register")
    {
        for (var i = 0; i < int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            Console.WriteLine(registry.Register(Version(args[2], i)).Version);
        }

        return 0;
    }

    if (args[0] == "tune")
    {
        for (var i = 0; i < int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            var number = registry.Studies.ReserveTrial(args[2]);
            registry.Studies.SaveTrial(args[2], number, "running", Trial(number, "running"));
            registry.Studies.SaveTrial(args[2], number, "completed", Trial(number, "completed"));
            Console.WriteLine(number);
        }

        return 0;
    }

    ((SqlRegistry)registry).BeforeRegisterCommits = () =>
    {
        Console.WriteLine("inside-register");
        Thread.Sleep(Timeout.Infinite);
    };
    // With a file kept beside the model, so a kill before the commit must leave neither blob behind.
    registry.Register(Version(args[2], 0) with { Artifacts = new Dictionary<string, byte[]> { ["reference-profile.json"] = Encoding.UTF8.GetBytes($"profile of {Environment.ProcessId}") } });
    return 1;
}
catch (RegistryException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 1;
}

// Distinct bytes per registration, so every version has its own blob and a lost or orphaned one shows in the counts.
static NewModelVersion Version(string model, int index) => new(
    model,
    Encoding.UTF8.GetBytes($"model {model} from process {Environment.ProcessId}, registration {index}"),
    null,
    "data-hash",
    "0123456789abcdef0123456789abcdef01234567",
    false,
    new Dictionary<string, string> { ["process"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    new Dictionary<string, double> { ["index"] = index },
    ModelState.Passed,
    "worker",
    "registered by the multi-process test worker");

static string Trial(int number, string state) =>
    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"number\":{number},\"state\":\"{state}\",\"process\":{Environment.ProcessId}}}");
