using Octokit;

namespace MlPipeline.GitHub.Releases;

/// <summary>
/// Creates the release of a tag, or edits it when one exists (a re-run of the release workflow), and uploads its assets,
/// replacing an asset of the same name: a release is what its latest run says.
/// </summary>
public sealed class ReleasePublisher(GitHubApi api)
{
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromMinutes(10);

    /// <exception cref="FileNotFoundException">An asset's file does not exist.</exception>
    /// <exception cref="GitHubPermissionException">The token may not write contents.</exception>
    /// <exception cref="GitHubException">Any other failure.</exception>
    public async Task<ReleaseResult> PublishAsync(ReleaseRequest request, CancellationToken cancellation)
    {
        if (request.Assets.FirstOrDefault(a => !File.Exists(a.Path)) is { } missing)
        {
            throw new FileNotFoundException($"The release asset {missing.Name} should come from {missing.Path}, which does not exist.", missing.Path);
        }

        var (owner, name) = api.Repository;
        var existing = await api.FindAsync($"read the release of {request.Tag}", c => c.Repository.Release.Get(owner, name, request.Tag), cancellation).ConfigureAwait(false);
        var release = existing is null
            ? await api.SendAsync(
                $"create the release {request.Tag}",
                c => c.Repository.Release.Create(owner, name, new NewRelease(request.Tag) { Name = request.Name, Body = request.Body, TargetCommitish = request.TargetCommitish }),
                cancellation).ConfigureAwait(false)
            : await api.SendAsync(
                $"edit the release {request.Tag}",
                c => c.Repository.Release.Edit(owner, name, existing.Id, new ReleaseUpdate { Name = request.Name, Body = request.Body }),
                cancellation).ConfigureAwait(false);

        var assets = await api.SendAsync($"list the assets of the release {request.Tag}", c => c.Repository.Release.GetAllAssets(owner, name, release.Id), cancellation).ConfigureAwait(false);
        var replaced = new List<string>();
        foreach (var asset in request.Assets)
        {
            if (assets.FirstOrDefault(a => a.Name == asset.Name) is { } old)
            {
                await api.SendAsync($"delete the old asset {asset.Name} of {request.Tag}", async c => { await c.Repository.Release.DeleteAsset(owner, name, old.Id).ConfigureAwait(false); return true; }, cancellation).ConfigureAwait(false);
                replaced.Add(asset.Name);
            }

            await using var content = File.OpenRead(asset.Path);
            await api.SendAsync(
                $"upload {asset.Name} to the release {request.Tag}",
                c => c.Repository.Release.UploadAsset(release, new ReleaseAssetUpload(asset.Name, "application/octet-stream", content, UploadTimeout), cancellation),
                cancellation).ConfigureAwait(false);
        }

        return new ReleaseResult(release.Id, new Uri(release.HtmlUrl), existing is null, replaced);
    }
}
