using System.Globalization;
using MlPipeline.Serving.Batch;
using MlPipeline.Serving.Scoring;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class BatchScoring
{
    [Fact]
    public void ACsvIsScoredIntoItsColumnsPlusXGBoostsPredictions()
    {
        var model = ServedModels.Multiclass;
        var folder = Folder();
        var output = Path.Combine(folder, "scored.csv");
        // The file as users have it: the label column left out.
        var input = Path.Combine(folder, "in.csv");
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "penguins.csv"));
        var header = lines[0].Split(',');
        var label = Array.IndexOf(header, "Species");
        File.WriteAllLines(input, lines.Select(l => string.Join(",", l.Split(',').Where((_, i) => i != label))));

        var rows = BatchScorer.Score(model.Directory, input, output);

        Assert.Equal(lines.Length - 1, rows);
        var scored = File.ReadAllLines(output);
        Assert.Equal("Island,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g),Sex,predicted_label,p_Adelie,p_Chinstrap,p_Gentoo", scored[0]);
        for (var i = 0; i < model.Rows.Length; i++)
        {
            var cells = scored[model.Rows[i] + 1].Split(',');
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal(model.Expected[(i * 3) + c], double.Parse(cells[^(3 - c)], CultureInfo.InvariantCulture), 1e-5);
            }
        }
    }

    [Fact]
    public void ABadCellIsOneMessageAndNoOutput()
    {
        var folder = Folder();
        var input = Path.Combine(folder, "in.csv");
        var output = Path.Combine(folder, "out.csv");
        File.WriteAllLines(input, ["Island,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g),Sex", "Dream,39.1,18.7,181,3750,MALE", "Mars,39.1,18.7,181,3750,MALE"]);

        var error = Assert.Throws<InputException>(() => BatchScorer.Score(ServedModels.Multiclass.Directory, input, output));

        Assert.Equal($"{input}:3: column \"Island\" holds \"Mars\", which is not one of Biscoe, Dream, Torgersen; fix the file or leave the cell empty for a missing value.", error.Message);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void AFileWithoutAFeatureIsRefusedNamingIt()
    {
        var folder = Folder();
        var input = Path.Combine(folder, "in.csv");
        File.WriteAllLines(input, ["Island,Beak Length (mm)", "Dream,39.1"]);

        var error = Assert.Throws<InputException>(() => BatchScorer.Score(ServedModels.Multiclass.Directory, input, Path.Combine(folder, "out.csv")));

        Assert.StartsWith($"{input} has no column \"Beak Depth (mm)\", \"Flipper Length (mm)\", \"Body Mass (g)\", \"Sex\", which the model needs", error.Message, StringComparison.Ordinal);
    }

    private static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mlpipeline-serving-tests", "batch", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
