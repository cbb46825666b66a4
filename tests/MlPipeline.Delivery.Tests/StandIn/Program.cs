using System.Globalization;
using System.Text.Json.Nodes;

// Predicts scale × (sum of the row's values), the scale read from the bundle: a prediction proves the bundle is inside.
var scale = double.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "model", "scale.txt")), CultureInfo.InvariantCulture);
var app = WebApplication.Create(args);
app.MapGet("/v2/health/ready", () => Results.Ok());
app.MapPost("/predict", async (HttpRequest request) =>
{
    var body = await JsonNode.ParseAsync(request.Body);
    var rows = body!["dataframe_split"]!["data"]!.AsArray();
    var predictions = new JsonArray([.. rows.Select(row => (JsonNode)(scale * row!.AsArray().Sum(value => value!.GetValue<double>())))]);
    return Results.Json(new JsonObject { ["predictions"] = predictions });
});
app.Run();
