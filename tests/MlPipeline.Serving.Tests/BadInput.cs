using System.Text.Json.Nodes;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class BadInput
{
    private const string Good = """{"Island": "Dream", "Beak Length (mm)": 39.1, "Beak Depth (mm)": 18.7, "Flipper Length (mm)": 181, "Body Mass (g)": 3750, "Sex": "MALE"}""";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "/predict", """{"dataframe_records": [GOOD, {"Island": "Dream", "Beak Length (mm)": 39.1, "Beak Depth (mm)": 18.7, "Flipper Length (mm)": 181, "Body Mass (g)": 3750, "Sex": "MALE", "Colour": "blue"}]}""",
            "dataframe_records[1] has the column \"Colour\", which the model does not know" },
        { "/predict", """{"dataframe_records": [{"Island": "Dream", "Beak Length (mm)": 39.1, "Beak Depth (mm)": 18.7, "Flipper Length (mm)": 181, "Sex": "MALE"}]}""",
            "dataframe_records[0] has no value for the feature \"Body Mass (g)\"" },
        { "/predict", """{"dataframe_records": [GOOD, GOOD, {"Island": "Dream", "Beak Length (mm)": "long", "Beak Depth (mm)": 18.7, "Flipper Length (mm)": 181, "Body Mass (g)": 3750, "Sex": "MALE"}]}""",
            "dataframe_records[2], feature \"Beak Length (mm)\": \"long\" is not a number" },
        { "/predict", """{"dataframe_records": [{"Island": "Mars", "Beak Length (mm)": 39.1, "Beak Depth (mm)": 18.7, "Flipper Length (mm)": 181, "Body Mass (g)": 3750, "Sex": "MALE"}]}""",
            "dataframe_records[0], feature \"Island\": \"Mars\" is not one of \"Biscoe\", \"Dream\", \"Torgersen\"" },
        { "/predict", """{"dataframe_records": [{"Island": ["Dream"], "Beak Length (mm)": 39.1, "Beak Depth (mm)": 18.7, "Flipper Length (mm)": 181, "Body Mass (g)": 3750, "Sex": "MALE"}]}""",
            "dataframe_records[0], feature \"Island\": [\"Dream\"] is not one of" },
        { "/predict", """{"dataframe_records": [GOOD""", "The request body is not valid JSON" },
        { "/predict", """{"dataframe_records": []}""", "\"dataframe_records\" has no rows" },
        { "/predict", "", "The request body is empty" },
        { "/predict", """[GOOD]""", "The request body is a JSON array" },
        { "/predict", """{"instances": [GOOD]}""", "The request has the field \"instances\"" },
        { "/predict", """{"dataframe_split": {"columns": ["Island"], "data": [["Dream", 1]]}}""", "dataframe_split.data[0] must be an array of 1 values" },
        { "/explain", """{"dataframe_records": [{"Island": "Dream", "Beak Length (mm)": true, "Beak Depth (mm)": 18.7, "Flipper Length (mm)": 181, "Body Mass (g)": 3750, "Sex": "MALE"}]}""",
            "dataframe_records[0], feature \"Beak Length (mm)\": true is not a number" },
        { "/v2/models/penguins/infer", """{"inputs": [{"name": "Island", "shape": [1], "datatype": "FP32", "data": ["Dream"]}]}""",
            "input \"Island\", row 0: \"Dream\" is not a FP32 value" },
        { "/v2/models/penguins/infer", """{"inputs": [{"name": "Island", "shape": [2], "datatype": "BYTES", "data": ["Dream"]}]}""",
            "input \"Island\": the shape [2] holds 2 values but \"data\" has 1" },
        { "/v2/models/penguins/infer", """{"inputs": [{"name": "Island", "shape": [1], "datatype": "BYTES", "data": ["Dream"]}]}""",
            "row 0 has no value for the feature \"Beak Length (mm)\"" },
        { "/v2/models/penguins/infer", """{"inputs": [{"name": "Island", "shape": [1, 2], "datatype": "BYTES", "data": ["Dream", "Biscoe"]}]}""",
            "input \"Island\": the shape [1, 2] is not [N] or [N, 1]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IsRefusedWith400NamingTheFieldAndRow(string path, string body, string message)
    {
        await using var service = await TestService.StartAsync(ServedModels.Multiclass.Directory);

        var (status, answer) = await service.PostTextAsync(path, body.Replace("GOOD", Good, StringComparison.Ordinal));

        Assert.Equal(400, status);
        Assert.Contains(message, answer!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedWith400()
    {
        await using var service = await TestService.StartAsync(ServedModels.Multiclass.Directory, maxBodyBytes: 1000);
        var records = string.Join(",", Enumerable.Repeat(Good, 20));

        var (status, answer) = await service.PostTextAsync("/predict", $$"""{"dataframe_records": [{{records}}]}""");

        Assert.Equal(400, status);
        Assert.Equal("The request body is larger than 1000 bytes, the limit; send fewer rows per request.", answer!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AGoodRowStillScoresAfterEveryBadOne()
    {
        await using var service = await TestService.StartAsync(ServedModels.Multiclass.Directory);
        foreach (var (path, body, _) in Cases.Select(c => ((string)c[0], (string)c[1], (string)c[2])))
        {
            await service.PostTextAsync(path, body.Replace("GOOD", Good, StringComparison.Ordinal));
        }

        var (status, answer) = await service.PostTextAsync("/predict", $$"""{"dataframe_records": [{{Good}}]}""");

        Assert.Equal(200, status);
        Assert.Equal("Adelie", answer!["predictions"]![0]!["label"]!.GetValue<string>());
    }
}
