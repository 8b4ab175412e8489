/**
 * The release before this one: what a user upgrades from. Its tarball is made from git in the
 * upgrade test (nothing of it is committed). Bump both when a version is released.
 */
export const PREVIOUS_RELEASE = { version: "0.1.0", commit: "9689c8787be23634b6254f3048cfcc3abcb453f8" } as const;
