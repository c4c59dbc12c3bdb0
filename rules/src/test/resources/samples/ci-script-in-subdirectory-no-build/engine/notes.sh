#!/bin/sh
echo "Changes since the last tag:"
git log --oneline -5
