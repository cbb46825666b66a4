using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

public sealed partial class FakeRepository
{
    private readonly List<FakeRelease> _releases = [];

    public IReadOnlyList<FakeRelease> Releases => Snapshot(_releases);

    private FakeAnswer GetRelease(FakeCall call) => _releases.FirstOrDefault(r => r.Tag == call["tag"]) is { } release
        ? new FakeAnswer(200, ReleaseJson(release, call.PublicUrl))
        : FakeAnswer.Error(404, "Not Found");

    private FakeAnswer CreateRelease(FakeCall call)
    {
        var tag = call.Json!["tag_name"]!.GetValue<string>();
        if (_releases.Any(r => r.Tag == tag))
        {
            return FakeAnswer.Error(422, "Validation Failed: tag_name already_exists");
        }

        var release = new FakeRelease(NextId(), tag, call.Json["name"]?.GetValue<string>() ?? tag, call.Json["body"]?.GetValue<string>() ?? "", call.Json["target_commitish"]?.GetValue<string>(), []);
        _releases.Add(release);
        return new FakeAnswer(201, ReleaseJson(release, call.PublicUrl));
    }

    private FakeAnswer UpdateRelease(FakeCall call) => Update(
        _releases,
        r => r.Id == long.Parse(call["id"]),
        release => release with
        {
            Name = call.Json!["name"]?.GetValue<string>() ?? release.Name,
            Body = call.Json["body"]?.GetValue<string>() ?? release.Body,
        },
        release => ReleaseJson(release, call.PublicUrl));

    private FakeAnswer ListAssets(FakeCall call) => _releases.FirstOrDefault(r => r.Id == long.Parse(call["id"])) is { } release
        ? new FakeAnswer(200, new JsonArray([.. release.Assets.Select(a => (JsonNode)AssetJson("release-asset-items", a, call.PublicUrl))]))
        : FakeAnswer.Error(404, "Not Found");

    private FakeAnswer UploadAsset(FakeCall call)
    {
        var name = call.QueryValue("name") ?? "";
        var asset = new FakeAsset(NextId(), name, call.Content);
        var release = _releases.FirstOrDefault(r => r.Id == long.Parse(call["id"]));
        if (release is null || release.Assets.Any(a => a.Name == name))
        {
            return FakeAnswer.Error(422, "Validation Failed: already_exists");
        }

        Change(release.Id, r => r with { Assets = [.. r.Assets, asset] });
        return new FakeAnswer(201, AssetJson("release-asset-response-for-successful-upload", asset, call.PublicUrl));
    }

    private FakeAnswer DeleteAsset(FakeCall call)
    {
        var id = long.Parse(call["id"]);
        var release = _releases.FirstOrDefault(r => r.Assets.Any(a => a.Id == id));
        if (release is null)
        {
            return FakeAnswer.Error(404, "Not Found");
        }

        Change(release.Id, r => r with { Assets = [.. r.Assets.Where(a => a.Id != id)] });
        return new FakeAnswer(204, null);
    }

    // Callers have found the release already.
    private void Change(long id, Func<FakeRelease, FakeRelease> change)
    {
        var index = _releases.FindIndex(r => r.Id == id);
        _releases[index] = change(_releases[index]);
    }

    private JsonObject ReleaseJson(FakeRelease release, Uri publicUrl)
    {
        var json = SpecExamples.Object("release");
        json["id"] = release.Id;
        json["tag_name"] = release.Tag;
        json["name"] = release.Name;
        json["body"] = release.Body;
        json["target_commitish"] = release.TargetCommitish ?? "main";
        json["url"] = ApiUrl(publicUrl, $"releases/{release.Id}");
        json["assets_url"] = ApiUrl(publicUrl, $"releases/{release.Id}/assets");
        json["upload_url"] = ApiUrl(publicUrl, $"releases/{release.Id}/assets") + "{?name,label}";
        json["html_url"] = WebUrl($"releases/tag/{release.Tag}");
        json["assets"] = new JsonArray([.. release.Assets.Select(a => (JsonNode)AssetJson("release-asset-items", a, publicUrl))]);
        return json;
    }

    private JsonObject AssetJson(string example, FakeAsset asset, Uri publicUrl)
    {
        var json = SpecExamples.Object(example);
        json["id"] = asset.Id;
        json["name"] = asset.Name;
        json["label"] = asset.Name;
        json["size"] = asset.Content.Length;
        json["content_type"] = "application/octet-stream";
        json["url"] = ApiUrl(publicUrl, $"releases/assets/{asset.Id}");
        json["browser_download_url"] = WebUrl($"releases/download/{asset.Name}");
        return json;
    }
}
