using System.Text;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class Fuzzing
{
    private static readonly string[] Valid =
    [
        """{"dataframe_records": [{"Island": "Dream", "Beak Length (mm)": 39.1, "Beak Depth (mm)": 18.7, "Flipper Length (mm)": 181, "Body Mass (g)": 3750, "Sex": null}]}""",
        """{"dataframe_split": {"columns": ["Island", "Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)", "Sex"], "data": [["Biscoe", 45.2, 14.8, 212, 5200, "FEMALE"]]}}""",
        """{"inputs": [{"name": "Island", "shape": [1], "datatype": "BYTES", "data": ["Dream"]}, {"name": "Beak Length (mm)", "shape": [1], "datatype": "FP32", "data": [39.1]}, {"name": "Beak Depth (mm)", "shape": [1], "datatype": "FP32", "data": [18.7]}, {"name": "Flipper Length (mm)", "shape": [1], "datatype": "FP32", "data": [181]}, {"name": "Body Mass (g)", "shape": [1], "datatype": "FP32", "data": [3750]}, {"name": "Sex", "shape": [1], "datatype": "BYTES", "data": [null]}]}""",
    ];

    private static readonly string[] Paths = ["/predict", "/explain", "/v2/models/penguins/infer"];

    private static readonly string[] Fragments = ["null", "[]", "{}", "\"\"", "-1", "1e400", "NaN", "true", "[[[[", "]]", "\"\\u0000\"", "{\"a\":", "9999999999999999999999", "\"Dream\"", ",", ":", "\\"];

    [Fact]
    public async Task NoMalformedBodyGetsA5xxAndTheServiceKeepsScoring()
    {
        var model = ServedModels.Multiclass;
        await using var service = await TestService.StartAsync(model.Directory);
        var random = new Random(12345);
        var answered = new Dictionary<int, int>();
        for (var i = 0; i < 400; i++)
        {
            var body = Mutate(Valid[random.Next(Valid.Length)], random);
            var path = Paths[random.Next(Paths.Length)];
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await service.Client.PostAsync(path, content);
            var status = (int)response.StatusCode;
            answered[status] = answered.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"{path} answered {status} to {body}: {await response.Content.ReadAsStringAsync()}");
        }

        // Most mutations break the body; the test would prove nothing if they all happened to be valid.
        Assert.True(answered.GetValueOrDefault(400) > 200, string.Join(", ", answered.Select(a => $"{a.Key}: {a.Value}")));
        var (ready, _) = await service.GetAsync("/v2/health/ready");
        Assert.Equal(200, ready);
    }

    private static string Mutate(string body, Random random)
    {
        var text = new StringBuilder(body);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 12), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    text[at] = (char)random.Next(32, 127);
                    break;
                case 3:
                    text.Length = at;
                    break;
                default:
                    // Right after a colon: a value of the wrong kind where a value belongs.
                    var value = text.ToString().IndexOf(':', at) is var colon and >= 0 ? colon + 1 : at;
                    text.Insert(value, Fragments[random.Next(Fragments.Length)] + ",");
                    break;
            }

            if (text.Length == 0)
            {
                break;
            }
        }

        return text.ToString();
    }
}
