namespace MlPipeline.Registry.Sql;

internal sealed partial class SqlRegistry : IStudyStore
{
    public IStudyStore Studies => this;

    // Not serialised per study: ReserveTrial is one row-atomic upsert, and a save only reads the counter, which can only grow.
    public int ReserveTrial(string study)
    {
        Input.StudyName(study);
        return Write($"reserve a trial of study '{study}'", null, session => checked((int)session.Int64(Queries.ReserveTrial, ("@study", study))!.Value));
    }

    public void SaveTrial(string study, int number, string state, string json)
    {
        Input.StudyName(study);
        Input.TrialNumber(number);
        Input.Required(state, "state of the trial", "\"running\" or \"completed\"");
        Input.Required(json, "json of the trial", "the serialised trial");
        Write($"save trial {number} of study '{study}'", null, session =>
        {
            var next = session.Int64(Queries.NextTrial, ("@study", study)) ?? 0;
            if (number >= next)
            {
                var reserved = next == 0 ? "it has no reserved trials there" : $"its reserved trials are 0 to {next - 1}";
                throw new RegistryException(RegistryError.InvalidInput,
                    $"Trial {number} of study '{study}' was never reserved in the registry {_backend.Description}: {reserved}. Save only numbers ReserveTrial handed out.");
            }

            return session.Execute(Queries.SaveTrial, ("@study", study), ("@number", number), ("@state", state), ("@json", json));
        });
    }

    public bool ReplaceTrial(string study, int number, string expectedJson, string state, string json)
    {
        Input.StudyName(study);
        Input.TrialNumber(number);
        Input.Required(expectedJson, "json the trial is expected to hold", "the serialised trial as loaded");
        Input.Required(state, "state of the trial", "\"running\" or \"completed\"");
        Input.Required(json, "json of the trial", "the serialised trial");
        return Write(
            $"replace trial {number} of study '{study}'",
            null,
            session => session.Execute(Queries.ReplaceTrial, ("@study", study), ("@number", number), ("@expected", expectedJson), ("@state", state), ("@json", json)) == 1);
    }

    public IReadOnlyList<string> LoadTrials(string study)
    {
        Input.StudyName(study);
        return Read($"load the trials of study '{study}'", session => session.Query(Queries.LoadTrials, row => row.GetString(0), ("@study", study)));
    }
}
