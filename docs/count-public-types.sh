#!/bin/sh
# Top-level types per module (package vn.kiemchung.<module> and its subpackages) and how many are public.
cd "${1:-.}"
for m in $(cd src/main/java/vn/kiemchung && ls -d */ | tr -d /); do
  files=$(find src/main/java/vn/kiemchung/$m -name '*.java' ! -name package-info.java)
  total=$(echo "$files" | wc -l)
  pub=$(grep -l -E '^public (final |abstract |sealed )*(class|record|interface|enum|@interface) ' $files | wc -l)
  echo "$m $pub $total"
done
