using System.Text;
using System.Text.Json;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>
/// A study in a JSON Lines file: one line per trial state change, appended and flushed to disk before Save returns, so a
/// study killed at any moment resumes from the file (the last line of each trial number wins). One process at a time:
/// trial numbers are reserved in memory; a study shared between processes needs a <see cref="SharedStudyStorage"/>.
/// </summary>
public sealed class JsonLinesStudyStorage : IStudyStorage
{
    private readonly Lock _lock = new();
    private readonly string _path;
    private readonly SortedDictionary<int, Trial> _trials;
    private int _next;

    /// <summary>Opens the study at <paramref name="path"/>, creating it on the first save; a line cut short by a crash is dropped.</summary>
    /// <exception cref="StudyException">A line that is not a trial, named by its line number.</exception>
    public JsonLinesStudyStorage(string path)
    {
        _path = Path.GetFullPath(path);
        _trials = Read(_path);
        _next = _trials.Count == 0 ? 0 : _trials.Keys.Max() + 1;
    }

    public int ReserveTrialNumber()
    {
        lock (_lock)
        {
            return _next++;
        }
    }

    public void Save(Trial trial)
    {
        var line = Encoding.UTF8.GetBytes(TrialJson.Serialize(trial) + "\n");
        lock (_lock)
        {
            using (var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read))
            {
                file.Write(line);
                file.Flush(flushToDisk: true);
            }

            _trials[trial.Number] = trial;
            _next = Math.Max(_next, trial.Number + 1);
        }
    }

    /// <summary>Rewrites the file with one line per trial, in its last state, for a study that has ended; it reads back the same.</summary>
    public void Compact()
    {
        lock (_lock)
        {
            AtomicFile.Write(_path, string.Concat(_trials.Values.Select(t => TrialJson.Serialize(t) + "\n")));
        }
    }

    public IReadOnlyList<Trial> Load()
    {
        lock (_lock)
        {
            return [.. _trials.Values];
        }
    }

    private static SortedDictionary<int, Trial> Read(string path)
    {
        var trials = new SortedDictionary<int, Trial>();
        if (!File.Exists(path))
        {
            return trials;
        }

        var lines = DropUnfinishedLastLine(path).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                continue;
            }

            try
            {
                var trial = TrialJson.Deserialize(lines[index]);
                trials[trial.Number] = trial;
            }
            catch (JsonException error)
            {
                throw new StudyException(
                    $"Line {index + 1} of the study file {path} is not a trial ({error.Message}). "
                    + "The file holds one JSON trial per line as the tuner writes it: restore it, or move it away to start a new study.",
                    error);
            }
        }

        return trials;
    }

    /// <returns>The file's complete lines; a last line without its newline was being written when the process died, so it is cut off.</returns>
    private static string DropUnfinishedLastLine(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (complete < bytes.Length)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
            file.SetLength(complete);
            file.Flush(flushToDisk: true);
        }

        return Encoding.UTF8.GetString(bytes, 0, complete);
    }
}
